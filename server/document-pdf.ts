// 执法文书 as PDF files, built with `pdfkit` (pure JavaScript, no native code): the body composed at issue
// (domain/documents.ts) printed in the layout of the official forms. A4; margins top 37 mm, bottom 35 mm, left 28 mm,
// right 26 mm; the title in bold 22 pt (二号) and the number (文号) in 14 pt (四号), both centred; the text in 14 pt
// with a two-character first-line indent and a 6 pt line gap; the issuing office and date at the right with room above
// for the seal; the signature lines with a rule to sign on. Every page's foot carries its number "— N —" and the
// document's SHA-256 校验码, so a printed page can be matched to the record. The font is Noto Serif CJK (Debian's
// fonts-noto-cjk), embedded as a subset; the same input always gives the same bytes (the dates, the title and the
// producer are fixed, and pdfkit derives the file ID from them).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { chineseDateTime, DOCUMENT_REFUSALS, type DocumentBody } from '../domain/documents';
import { AppError } from '../services/errors';

export const PDF = 'application/pdf';

const DEFAULT_FONT_DIR = '/usr/share/fonts/opentype/noto';
/** The collections (.ttc) and the face taken from each: Simplified Chinese, serif (宋体 style). */
const FONT_FILES = {
  song: { file: 'NotoSerifCJK-Regular.ttc', face: 'NotoSerifCJKsc-Regular' },
  songBold: { file: 'NotoSerifCJK-Bold.ttc', face: 'NotoSerifCJKsc-Bold' },
} as const;
type FontName = keyof typeof FONT_FILES;
type FontBuffers = Record<FontName, Buffer>;

const MM = 72 / 25.4; // points per millimetre
const PAGE = { width: 210 * MM, height: 297 * MM } as const;
const MARGIN = { top: 37 * MM, bottom: 35 * MM, left: 28 * MM, right: 26 * MM } as const;
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const SIZE = { title: 22, number: 14, body: 14, correction: 12, pageNumber: 14, hash: 8 } as const;
const LINE_GAP = 6;
const PRODUCER = '县级安全生产监管系统';

// The font files are 26 and 27 MB: read once per process and directory (DOCUMENT_FONT_DIR may point elsewhere), the
// reading shared by concurrent first requests. A failed read is not kept, so installing the fonts needs no restart.
const fontCache = new Map<string, Promise<FontBuffers>>();

const fontDir = (): string => process.env.DOCUMENT_FONT_DIR || DEFAULT_FONT_DIR;

async function readFonts(dir: string): Promise<FontBuffers> {
  const [song, songBold] = await Promise.all([
    readFile(path.join(dir, FONT_FILES.song.file)),
    readFile(path.join(dir, FONT_FILES.songBold.file)),
  ]);
  return { song, songBold };
}

async function loadFonts(): Promise<FontBuffers> {
  const dir = fontDir();
  let fonts = fontCache.get(dir);
  if (!fonts) {
    fonts = readFonts(dir);
    fontCache.set(dir, fonts);
  }
  try {
    return await fonts;
  } catch {
    if (fontCache.get(dir) === fonts) fontCache.delete(dir);
    throw new AppError('UNAVAILABLE', DOCUMENT_REFUSALS.fontMissing);
  }
}

export interface DocumentPdfMeta {
  /** The SHA-256 of the document's canonical text (hashedText), printed at every page's foot. */
  contentHash: string;
  /** Issue time: the PDF's creation and modification dates, so the same document renders to the same bytes. */
  issuedAt: Date;
  /** The enterprise's 签收, printed under the signature lines once it is recorded. */
  receipt: { signerName: string; signedAt: Date } | null;
}

/** The document as a PDF file. Throws UNAVAILABLE when the server lacks the Chinese font. */
export async function renderDocumentPdf(body: DocumentBody, meta: DocumentPdfMeta): Promise<Buffer> {
  const fonts = await loadFonts();
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    lang: 'zh-CN',
    displayTitle: true,
    info: {
      Title: `${body.title} ${body.number}`,
      Producer: PRODUCER,
      Creator: PRODUCER,
      CreationDate: meta.issuedAt,
      ModDate: meta.issuedAt,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  for (const name of Object.keys(FONT_FILES) as FontName[]) doc.registerFont(name, fonts[name], FONT_FILES[name].face);

  const bottom = () => doc.page.height - doc.page.margins.bottom;
  /** Starts a new page unless `height` points still fit on this one (keeps a block such as the seal together). */
  const keep = (height: number) => {
    if (doc.y + height > bottom()) doc.addPage();
  };
  /** A block of text across the text width, `inset` points in from the left margin. */
  const block = (
    text: string,
    options: {
      font?: FontName;
      size?: number;
      inset?: number;
      insetRight?: number;
      indent?: number;
      align?: 'left' | 'center' | 'right';
    },
  ) => {
    const inset = options.inset ?? 0;
    doc
      .font(options.font ?? 'song')
      .fontSize(options.size ?? SIZE.body)
      .text(text, MARGIN.left + inset, doc.y, {
        width: TEXT_WIDTH - inset - (options.insetRight ?? 0),
        indent: options.indent ?? 0,
        align: options.align ?? 'left',
        lineGap: LINE_GAP,
      });
  };
  /** A body-text line's height with its gap (the font's ascent and descent make it 1.45 em, not 1 em). */
  const lineHeight = doc.font('song').fontSize(SIZE.body).currentLineHeight(true) + LINE_GAP;
  const space = (lines: number) => {
    doc.y += lines * lineHeight;
  };
  const char = SIZE.body; // one Chinese character's width
  const paragraph = (text: string) => block(text, { indent: 2 * char });
  /** The height a body-text block will take (as `block` lays it out). */
  const heightOf = (text: string, options: { inset?: number; indent?: number }) =>
    doc
      .font('song')
      .fontSize(SIZE.body)
      .heightOfString(text, {
        width: TEXT_WIDTH - (options.inset ?? 0),
        indent: options.indent ?? 0,
        lineGap: LINE_GAP,
      });
  const pageHeight = PAGE.height - MARGIN.top - MARGIN.bottom;

  // The head: title, number, and the correction it makes.
  doc.y = MARGIN.top;
  block(body.title, { font: 'songBold', size: SIZE.title, align: 'center' });
  doc.y += 4;
  block(body.number, { size: SIZE.number, align: 'center' });
  if (body.correction)
    block(`（本文书更正${body.correction.of}，更正理由：${body.correction.reason}）`, {
      size: SIZE.correction,
      align: 'center',
    });
  space(1);

  if (body.addressee !== null) block(`${body.addressee}：`, {});

  // The facts as a form: labels in a column as wide as the widest (up to a third of the line), values beside them.
  if (body.facts.length > 0) {
    doc.font('song').fontSize(SIZE.body);
    const labelWidth = Math.min(
      TEXT_WIDTH / 3,
      Math.max(...body.facts.map((f) => doc.widthOfString(`${f.label}：`))) + 1,
    );
    for (const fact of body.facts) {
      keep(lineHeight);
      const top = doc.y;
      const pages = doc.bufferedPageRange().count;
      block(`${fact.label}：`, {});
      const labelEnd = doc.y;
      if (fact.value) {
        doc.y = top;
        block(fact.value, { inset: labelWidth });
        // A value that ran onto the next page ends below its label; otherwise the taller of the two ends the row.
        if (doc.bufferedPageRange().count === pages) doc.y = Math.max(doc.y, labelEnd);
      }
    }
    space(0.5);
  }

  for (const text of body.paragraphs) paragraph(text);

  // The items, numbered, each with its basis and deadline on the lines under it, kept on one page when they fit one.
  body.items.forEach((item, i) => {
    const inset = 4 * char;
    const text = `${i + 1}. ${item.text}`;
    const under = [
      ...(item.basis !== null ? [`依据：${item.basis}`] : []),
      ...(item.deadline !== null ? [`整改期限：${item.deadline}`] : []),
    ];
    const height = heightOf(text, { indent: 2 * char }) + under.reduce((h, line) => h + heightOf(line, { inset }), 0);
    if (height <= pageHeight) keep(height);
    paragraph(text);
    for (const line of under) block(line, { inset });
  });

  // The issuing office and date at the right, two characters in, below room for the seal. They are kept on one page
  // with the last paragraph, so the seal never stands on a page of its own (GB/T 9704: no 此页无正文).
  const sealHeight = 5 * lineHeight;
  body.closing.forEach((text, i) => {
    if (i === body.closing.length - 1) keep(heightOf(text, { indent: 2 * char }) + sealHeight);
    paragraph(text);
  });
  space(1);
  keep(sealHeight - lineHeight);
  const right = { align: 'right' as const, insetRight: 2 * char };
  doc.fillColor('#888888');
  block('（印章）', { ...right, insetRight: 4 * char });
  doc.fillColor('black');
  space(1);
  block(body.issuer, right);
  block(body.date, right);

  // The signature lines, each with a rule to sign on, then the receipt once recorded.
  if (body.signatures.length > 0 || meta.receipt) space(1);
  const rule = 10 * char;
  for (const signature of body.signatures) {
    keep(lineHeight * 1.5);
    const top = doc.y;
    block(signature, {});
    doc.font('song').fontSize(SIZE.body);
    const start = MARGIN.left + doc.widthOfString(signature) + 4;
    if (start + rule <= MARGIN.left + TEXT_WIDTH && doc.y - top < 2 * lineHeight) {
      const baseline = top + SIZE.body + 2;
      doc
        .moveTo(start, baseline)
        .lineTo(start + rule, baseline)
        .lineWidth(0.5)
        .stroke();
    }
    space(0.5);
  }
  if (meta.receipt)
    block(`签收人：${meta.receipt.signerName}\u3000签收时间：${chineseDateTime(meta.receipt.signedAt)}`, {});

  // The foot of every page, written once all pages exist: the number and the 校验码. The bottom margin is lifted
  // while writing, or pdfkit would take text below it for an overflow and add a page.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('song')
      .fontSize(SIZE.pageNumber)
      .text(`— ${i - range.start + 1} —`, MARGIN.left, PAGE.height - MARGIN.bottom + 7 * MM, {
        width: TEXT_WIDTH,
        align: 'center',
        lineBreak: false,
        // The font's space is narrow (0.22 em): widened to half a character, as the form prints it.
        wordSpacing: 4,
      });
    doc
      .fontSize(SIZE.hash)
      .text(`文书校验码（SHA-256）：${meta.contentHash}`, MARGIN.left, PAGE.height - MARGIN.bottom + 17 * MM, {
        width: TEXT_WIDTH,
        align: 'center',
        lineBreak: false,
      });
    doc.page.margins.bottom = margin;
  }
  doc.end();
  return done;
}

/** The download's file name: title and number, without the characters file systems refuse. */
export const documentFileName = (body: DocumentBody): string =>
  // eslint-disable-next-line no-control-regex
  `${`${body.title}-${body.number}`.replace(/[\u0000-\u001f\u007f\\/:*?"<>|]/g, '').trim() || '文书'}.pdf`;
