// The PDF of an enforcement document: its text as poppler's pdftotext reads it back (title, number, items with their
// basis and deadline, the issuer, every page's number and the hash), the same bytes for the same input, and the
// refusal when the Chinese font is missing.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENT_REFUSALS, type DocumentBody } from '../../domain/documents';
import { documentFileName, renderDocumentPdf, type DocumentPdfMeta } from '../../server/document-pdf';
import { AppError } from '../../services/errors';

const run = promisify(execFile);
const TIMEOUT = 60_000;

const LONG_ITEM =
  '危险化学品仓库内可燃气体检测报警装置未与事故通风设施联锁，且报警值设定不符合国家标准要求，部分探头超过检定有效期仍在使用，' +
  '现场作业人员不能说明报警后的处置程序，应急物资柜中的空气呼吸器气瓶压力不足（重大事故隐患）';
const BASIS = '《中华人民共和国安全生产法》第四十一条第二款';
const DEADLINE = '2026年12月20日前整改完毕';
const HASH = '3f2a9c0e7b5d41a8c6e2f09b1d4a7c3e5b8f0a2d6c9e1b4f7a0d3c6e9b2f5a81';

const ITEMS: DocumentBody['items'] = [
  { text: '一号车间消防通道被成品堆放占用（一般事故隐患）', basis: BASIS, deadline: DEADLINE },
  { text: LONG_ITEM, basis: '《危险化学品安全管理条例》第二十条', deadline: '2026年12月10日前整改完毕' },
  { text: '配电室未配备绝缘手套和绝缘靴（一般事故隐患）', basis: null, deadline: DEADLINE },
  { text: '叉车司机无特种设备作业人员证上岗（一般事故隐患）', basis: BASIS, deadline: null },
  { text: '安全出口指示标志损坏未及时修复（一般事故隐患）', basis: BASIS, deadline: DEADLINE },
  { text: '员工宿舍与仓库设在同一建筑内（重大事故隐患）', basis: BASIS, deadline: DEADLINE },
  { text: '应急预案未按规定组织演练并评估（一般事故隐患）', basis: BASIS, deadline: DEADLINE },
];
/** A phrase of each item that pdftotext gives on one line (the long item's start and its end). */
const ITEM_PHRASES = [
  '一号车间消防通道',
  '危险化学品仓库内可燃气体',
  '呼吸器气瓶压力不足',
  '配电室未配备绝缘手套',
  '叉车司机无特种设备',
  '安全出口指示标志',
  '员工宿舍与仓库',
  '应急预案未按规定',
];

const BODY: DocumentBody = {
  title: '责令限期整改指令书',
  number: '县应急管理局责改〔2026〕12号',
  addressee: '某某化工有限公司',
  facts: [
    { label: '被检查单位', value: '某某化工有限公司' },
    { label: '法定代表人（负责人）', value: '张三' },
  ],
  paragraphs: ['经查，你单位存在下列问题（2026年12月7日 9时30分现场检查）：'],
  items: ITEMS,
  closing: [
    '整改完毕后，请将整改情况报我单位，并可以提出复查申请；我单位将自整改期限届满或者收到复查申请之日起依法进行复查。',
  ],
  issuer: '县应急管理局',
  date: '2026年12月7日',
  signatures: ['执法人员（签名）：', '被检查单位签收人（签名）：'],
  correction: { of: '县应急管理局责改〔2026〕11号', reason: '原文书第三项整改期限有误' },
};
const META: DocumentPdfMeta = {
  contentHash: HASH,
  issuedAt: new Date('2026-12-07T02:00:00Z'),
  receipt: { signerName: '赵六', signedAt: new Date('2026-12-07T03:05:00Z') },
};

describe('renderDocumentPdf', () => {
  let dir: string;
  let pdf: Buffer;
  let text: string;
  let info: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'document-pdf-'));
    pdf = await renderDocumentPdf(BODY, META);
    const file = path.join(dir, 'document.pdf');
    await writeFile(file, pdf);
    text = (await run('pdftotext', ['-layout', file, '-'])).stdout;
    info = (await run('pdfinfo', [file])).stdout;
  }, TIMEOUT);
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it(
    'prints the head, every item with its basis and deadline, the issuer and the receipt',
    () => {
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      for (const expected of [
        BODY.title,
        BODY.number,
        '本文书更正县应急管理局责改〔2026〕11号',
        `${BODY.addressee}：`,
        '被检查单位：',
        '经查，你单位存在下列问题',
        ...ITEM_PHRASES,
        '1. 一号车间',
        '7. 应急预案',
        `依据：${BASIS}`,
        '依据：《危险化学品安全管理条例》第二十条',
        `整改期限：${DEADLINE}`,
        '整改期限：2026年12月10日前整改完毕',
        '整改完毕后，请将整改情况报我单位',
        '（印章）',
        BODY.issuer,
        BODY.date,
        '执法人员（签名）：',
        '签收人：赵六',
        '签收时间：2026年12月7日 11时05分',
      ])
        expect(text).toContain(expected);
    },
    TIMEOUT,
  );

  it(
    'flows onto a second page and foots every page with its number and the hash',
    () => {
      expect(info).toMatch(/^Pages:\s+2$/m);
      expect(text).toContain('— 1 —');
      expect(text).toContain('— 2 —');
      const hashLines = text.split('\n').filter((line) => line.includes(`文书校验码（SHA-256）：${HASH}`));
      expect(hashLines).toHaveLength(2);
    },
    TIMEOUT,
  );

  it(
    'carries a fixed title, producer and dates, and renders the same input to the same bytes',
    async () => {
      expect(info).toMatch(/^Title:\s+责令限期整改指令书 县应急管理局责改〔2026〕12号$/m);
      expect(info).toMatch(/^Producer:\s+县级安全生产监管系统$/m);
      expect(info).toMatch(/^Creator:\s+县级安全生产监管系统$/m);
      expect(info).toMatch(/^CreationDate:\s+Mon Dec {2}7 02:00:00 2026 UTC$/m);
      expect(info).toMatch(/^ModDate:\s+Mon Dec {2}7 02:00:00 2026 UTC$/m);
      const again = await renderDocumentPdf(structuredClone(BODY), {
        ...META,
        issuedAt: new Date(META.issuedAt),
      });
      expect(again.equals(pdf)).toBe(true);
    },
    TIMEOUT,
  );

  it(
    'refuses with UNAVAILABLE and the fontMissing sentence when the font directory lacks the fonts',
    async () => {
      const saved = process.env.DOCUMENT_FONT_DIR;
      process.env.DOCUMENT_FONT_DIR = path.join(dir, 'no-such-fonts');
      try {
        const refusal = await renderDocumentPdf(BODY, META).then(
          () => null,
          (error: unknown) => error,
        );
        expect(refusal).toBeInstanceOf(AppError);
        expect(refusal).toMatchObject({ code: 'UNAVAILABLE', message: DOCUMENT_REFUSALS.fontMissing });
      } finally {
        if (saved === undefined) delete process.env.DOCUMENT_FONT_DIR;
        else process.env.DOCUMENT_FONT_DIR = saved;
      }
      // The fonts are back: the refusal was not cached.
      expect((await renderDocumentPdf(BODY, META)).equals(pdf)).toBe(true);
    },
    TIMEOUT,
  );
});

describe('documentFileName', () => {
  it('names the file by title and number, without characters file systems refuse', () => {
    expect(documentFileName(BODY)).toBe('责令限期整改指令书-县应急管理局责改〔2026〕12号.pdf');
    expect(documentFileName({ ...BODY, title: 'a/b:c*?"<>|\\', number: '1\r\n2' })).toBe('abc-12.pdf');
  });
});
