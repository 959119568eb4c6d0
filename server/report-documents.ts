// Reports as Word documents in the 公文 layout of GB/T 9704-2012 (党政机关公文格式), built with `docx` (a maintained,
// dependency-light OOXML writer: no template files, no native code). A4; margins top 37 mm, bottom 35 mm, left
// 28 mm, right 26 mm; title in 方正小标宋简体 二号; body in 仿宋_GB2312 三号 with a two-character first-line indent,
// 22 lines a page (28 pt exact); 一、 headings in 黑体, the period line in 楷体_GB2312; page numbers "— N —" in 宋体
// 四号, right on odd pages and left on even ones; the issuing office and date at the end. Fonts are referenced by
// name only: Word and LibreOffice substitute what the machine has.
import {
  AlignmentType,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type IRunOptions,
} from 'docx';

export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const MM = 56.7; // twips per millimetre
const PT = 20; // twips per point
const SIZE = { title: 44, body: 32, pageNumber: 28 } as const; // half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt
const FONTS = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading: '黑体',
  subheading: '楷体_GB2312',
  pageNumber: '宋体',
} as const;

export interface ReportDocumentInput {
  /** The report's text: its first line is the title, the second the period; then sections and items. */
  body: string;
  /** The issuing office (发文机关署名), e.g. 县安全生产委员会办公室. */
  issuer: string;
  /** 成文日期, in Chinese (e.g. 2026年12月7日). */
  issuedOn: string;
}

const run = (text: string, font: string, size: number, extra: Partial<IRunOptions> = {}) =>
  new TextRun({ text, font: { ascii: font, eastAsia: font, hAnsi: font }, size, ...extra });

const exactly = (points: number) => ({ line: points * PT, lineRule: LineRuleType.EXACT });

/** 一、 二、 …: a first-level heading. */
const HEADING = /^[一二三四五六七八九十]+、/;

function bodyParagraph(line: string, index: number): Paragraph {
  if (index === 0)
    return new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { ...exactly(36), after: 0 },
      children: [run(line, FONTS.title, SIZE.title)],
    });
  if (index === 1)
    return new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { ...exactly(28), after: 28 * PT },
      children: [run(line, FONTS.subheading, SIZE.body)],
    });
  const heading = HEADING.test(line);
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: 2 * 16 * PT },
    spacing: exactly(28),
    children: [run(line, heading ? FONTS.heading : FONTS.body, SIZE.body)],
  });
}

const pageNumber = (alignment: (typeof AlignmentType)[keyof typeof AlignmentType]) =>
  new Footer({
    children: [
      new Paragraph({
        alignment,
        // 空一字: one character in from the margin.
        indent: alignment === AlignmentType.RIGHT ? { right: 14 * PT } : { left: 14 * PT },
        children: [
          new TextRun({
            children: ['— ', PageNumber.CURRENT, ' —'],
            font: { ascii: FONTS.pageNumber, eastAsia: FONTS.pageNumber, hAnsi: FONTS.pageNumber },
            size: SIZE.pageNumber,
          }),
        ],
      }),
    ],
  });

/** The report as a .docx file. */
export async function reportDocument(input: ReportDocumentInput): Promise<Buffer> {
  const lines = input.body.split('\n').filter((line) => line.trim() !== '');
  const signature = (text: string) =>
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      indent: { right: 4 * 16 * PT },
      spacing: exactly(28),
      children: [run(text, FONTS.body, SIZE.body)],
    });
  const document = new Document({
    creator: input.issuer,
    title: lines[0] ?? '',
    evenAndOddHeaderAndFooters: true,
    styles: { default: { document: { run: { size: SIZE.body, font: FONTS.body } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: Math.round(210 * MM), height: Math.round(297 * MM) },
            margin: {
              top: Math.round(37 * MM),
              bottom: Math.round(35 * MM),
              left: Math.round(28 * MM),
              right: Math.round(26 * MM),
              footer: Math.round(28 * MM),
            },
          },
        },
        footers: { default: pageNumber(AlignmentType.RIGHT), even: pageNumber(AlignmentType.LEFT) },
        children: [
          ...lines.map(bodyParagraph),
          new Paragraph({ spacing: exactly(28), children: [] }),
          new Paragraph({ spacing: exactly(28), children: [] }),
          signature(input.issuer),
          signature(input.issuedOn),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** The download's file name: the report's title. */
export const reportFileName = (body: string): string =>
  `${(body.split('\n')[0] ?? '报告').replace(/[\\/:*?"<>|]/g, '')}.docx`;
