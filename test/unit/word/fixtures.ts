// Word documents for the tests, built with the docx library from text written for the tests, so
// that no binary fixture is copied from anywhere. Numbering that nests, restarts and skips levels,
// tables with merged cells, tracked changes, comments, footnotes, links.
import {
  Document,
  ExternalHyperlink,
  FootnoteReferenceRun,
  HeadingLevel,
  InsertedTextRun,
  DeletedTextRun,
  CommentRangeStart,
  CommentRangeEnd,
  CommentReference,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  type ILevelsOptions,
} from 'docx';

export const CLAUSE_LEVELS: ILevelsOptions[] = [
  { level: 0, format: LevelFormat.DECIMAL, text: '%1.' },
  { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2.' },
  { level: 2, format: LevelFormat.DECIMAL, text: '%1.%2.%3.' },
];

const LETTER_LEVELS: ILevelsOptions[] = [{ level: 0, format: LevelFormat.RUSSIAN_LOWER, text: '%1)' }];
const ARABIC_PAREN: ILevelsOptions[] = [{ level: 0, format: LevelFormat.DECIMAL, text: '%1)' }];

export const clause = (text: string, level: number, instance?: number): Paragraph =>
  new Paragraph({
    children: [new TextRun(text)],
    numbering: { reference: 'clauses', level, ...(instance !== undefined ? { instance } : {}) },
  });

export const heading = (text: string, numbered = true): Paragraph =>
  new Paragraph({
    children: [new TextRun(text)],
    heading: HeadingLevel.HEADING_1,
    ...(numbered ? { numbering: { reference: 'clauses', level: 0 } } : {}),
  });

export const letter = (text: string, reference = 'letters'): Paragraph =>
  new Paragraph({ children: [new TextRun(text)], numbering: { reference, level: 0 } });

export interface Extras {
  comments?: boolean;
  footnote?: string;
}

export async function buildDocx(children: Array<Paragraph | Table>, extras: Extras = {}): Promise<Buffer> {
  const doc = new Document({
    numbering: {
      config: [
        { reference: 'clauses', levels: CLAUSE_LEVELS },
        { reference: 'letters', levels: LETTER_LEVELS },
        { reference: 'arabic', levels: ARABIC_PAREN },
      ],
    },
    ...(extras.comments
      ? {
          comments: {
            children: [
              {
                id: 0,
                author: 'Reviewer',
                date: new Date(Date.UTC(2026, 0, 1)),
                children: [new Paragraph('Please check the period.')],
              },
            ],
          },
        }
      : {}),
    ...(extras.footnote ? { footnotes: { 1: { children: [new Paragraph(extras.footnote)] } } } : {}),
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}

export const title = (text: string): Paragraph => new Paragraph({ text, heading: HeadingLevel.TITLE });
export const plain = (text: string): Paragraph => new Paragraph(text);
export const bold = (text: string): Paragraph => new Paragraph({ children: [new TextRun({ text, bold: true })] });

export const withFootnote = (before: string, after: string): Paragraph =>
  new Paragraph({ children: [new TextRun(before), new FootnoteReferenceRun(1), new TextRun(after)] });

export const withLink = (before: string, label: string, url: string): Paragraph =>
  new Paragraph({
    children: [new TextRun(before), new ExternalHyperlink({ link: url, children: [new TextRun(label)] })],
  });

const when = '2026-01-01T00:00:00Z';
/** "Kept for <inserted> <deleted>", with a comment around it. */
export const reviewed = (kept: string, inserted: string, deleted: string): Paragraph =>
  new Paragraph({
    children: [
      new CommentRangeStart(0),
      new TextRun(kept),
      new InsertedTextRun({ text: inserted, id: 1, author: 'Reviewer', date: when }),
      new DeletedTextRun({ text: deleted, id: 2, author: 'Reviewer', date: when }),
      new CommentRangeEnd(0),
      new TextRun({ children: [new CommentReference(0)] }),
    ],
  });

const cell = (text: string, span: { columnSpan?: number; rowSpan?: number } = {}): TableCell =>
  new TableCell({ children: [new Paragraph(text)], ...span });

/** Purpose | Period, with a row whose purpose spans two rows and a row merged across both columns. */
export function mergedTable(): Table {
  return new Table({
    rows: [
      new TableRow({ children: [cell('Purpose'), cell('Period')] }),
      new TableRow({ children: [cell('Payments', { rowSpan: 2 }), cell('5 years')] }),
      new TableRow({ children: [cell('3 years')] }),
      new TableRow({ children: [cell('Other data: until consent is withdrawn', { columnSpan: 2 })] }),
    ],
  });
}
