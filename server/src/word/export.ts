// Markdown draft → .docx with the docx library, in a conservative legal style: one serif font
// (Times New Roman unless told otherwise), justified paragraphs, black bold headings in Word's
// heading styles, clause numbers as text (they are part of the clause, as «4.1.» is in the
// Markdown), tables with a header row. The front matter is kept in a custom document property,
// so that importing the exported file gives the same draft back.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  FootnoteReferenceRun,
  HeadingLevel,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import type { FootnoteDefinition, List, PhrasingContent, Root, RootContent, Table as MdTable } from 'mdast';
import { FRONT_MATTER_PROPERTY } from './prepare.js';

export interface ExportOptions {
  /** The font of the whole document. */
  font?: string;
  /** Font size in points. */
  size?: number;
}

type HeadingValue = (typeof HeadingLevel)[keyof typeof HeadingLevel];
const HEADINGS: HeadingValue[] = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
];

interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  strike?: boolean;
}

export async function exportMarkdown(markdown: string, options: ExportOptions = {}): Promise<Buffer> {
  const tree = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).parse(markdown) as Root;
  const writer = new Writer(tree);
  const children = writer.blocks(tree.children, 0);
  const font = options.font ?? 'Times New Roman';
  const size = Math.round((options.size ?? 12) * 2);
  const heading = (scale: number) => ({
    run: { font, size: Math.round(size * scale), bold: true, color: '000000' },
    paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
  });
  const doc = new Document({
    creator: 'pplint',
    ...(writer.frontMatter !== undefined
      ? { customProperties: [{ name: FRONT_MATTER_PROPERTY, value: writer.frontMatter }] }
      : {}),
    styles: {
      default: {
        document: { run: { font, size }, paragraph: { spacing: { after: 120 } } },
        title: {
          run: { font, size: Math.round(size * 1.3), bold: true, color: '000000' },
          paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 240 } },
        },
        heading1: heading(1.15),
        heading2: heading(1.05),
        heading3: heading(1),
        heading4: heading(1),
        heading5: heading(1),
        heading6: heading(1),
        hyperlink: { run: { color: '000000', underline: {} } },
      },
    },
    footnotes: writer.footnotes(),
    sections: [{ properties: { page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 850 } } }, children }],
  });
  return Packer.toBuffer(doc);
}

class Writer {
  frontMatter: string | undefined;
  /** A draft with one top heading, first, has it as its Title; the others move up a level. */
  private readonly titled: boolean;
  private readonly noteIds = new Map<string, number>();
  private readonly notes: FootnoteDefinition[] = [];

  constructor(tree: Root) {
    const tops = tree.children.filter((n) => n.type === 'heading' && n.depth === 1);
    const firstHeading = tree.children.find((n) => n.type === 'heading');
    this.titled = tops.length === 1 && firstHeading === tops[0];
    const yaml = tree.children.find((n) => n.type === 'yaml');
    if (yaml && yaml.type === 'yaml') this.frontMatter = `---\n${yaml.value}\n---\n`;
    for (const node of tree.children) if (node.type === 'footnoteDefinition') this.notes.push(node);
    this.notes.forEach((n, i) => this.noteIds.set(n.identifier, i + 1));
  }

  blocks(nodes: RootContent[], indent: number): Array<Paragraph | Table> {
    return nodes.flatMap((node) => this.block(node, indent));
  }

  private block(node: RootContent, indent: number): Array<Paragraph | Table> {
    switch (node.type) {
      case 'heading': {
        const level = this.titled ? node.depth - 1 : node.depth;
        return [
          new Paragraph({
            heading: level === 0 ? HeadingLevel.TITLE : HEADINGS[Math.min(level, 6) - 1]!,
            children: this.inline(node.children),
          }),
        ];
      }
      case 'paragraph':
        return [this.paragraph(node.children, indent)];
      case 'list':
        return this.list(node, indent);
      case 'table':
        return [this.table(node)];
      case 'blockquote':
        return this.blocks(node.children, indent + 1);
      case 'code':
        return node.value.split('\n').map(
          (line) =>
            new Paragraph({
              children: [new TextRun({ text: line, font: 'Courier New' })],
              indent: { left: 720 * indent },
            }),
        );
      case 'html':
        // pplint's directives (<!-- lang: ru -->, <!-- pplint-disable … -->) stay as grey text, so
        // that the import gives them back and a file of several versions keeps its parts.
        return /^<!--[\s\S]*-->$/.test(node.value.trim())
          ? [
              new Paragraph({
                children: [new TextRun({ text: node.value.trim().replace(/\s*\n\s*/g, ' '), color: '808080' })],
              }),
            ]
          : [];
      case 'thematicBreak':
        return [
          new Paragraph({ children: [], border: { bottom: { style: 'single', size: 6, color: '000000', space: 1 } } }),
        ];
      default:
        // Front matter is kept as a property; footnote definitions go to Word's footnotes.
        return [];
    }
  }

  private paragraph(children: PhrasingContent[], indent: number, extra: Partial<IParagraphOptions> = {}): Paragraph {
    return new Paragraph({
      alignment: AlignmentType.JUSTIFIED,
      children: this.inline(children),
      ...(indent > 0 ? { indent: { left: 720 * indent } } : {}),
      ...extra,
    });
  }

  /** Bullets stay Word bullets; an ordered item keeps its number as text, like a clause number. */
  private list(list: List, indent: number): Array<Paragraph | Table> {
    const out: Array<Paragraph | Table> = [];
    list.children.forEach((item, i) => {
      item.children.forEach((child, j) => {
        if (child.type === 'paragraph' && j === 0) {
          if (list.ordered) {
            const marker: PhrasingContent = { type: 'text', value: `${(list.start ?? 1) + i}. ` };
            out.push(this.paragraph([marker, ...child.children], indent));
          } else out.push(this.paragraph(child.children, 0, { bullet: { level: Math.min(indent, 8) } }));
        } else if (child.type === 'list') out.push(...this.list(child, indent + 1));
        else out.push(...this.block(child, indent + 1));
      });
    });
    return out;
  }

  private table(table: MdTable): Table {
    const columns = Math.max(1, ...table.children.map((r) => r.children.length));
    return new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: table.children.map(
        (row, r) =>
          new TableRow({
            tableHeader: r === 0,
            children: Array.from(
              { length: columns },
              (_, c) =>
                new TableCell({
                  ...(r === 0 ? { shading: { fill: 'EDEDED', type: ShadingType.CLEAR, color: 'auto' } } : {}),
                  children: [new Paragraph({ children: this.inline(row.children[c]?.children ?? []) })],
                }),
            ),
          }),
      ),
    });
  }

  private inline(nodes: PhrasingContent[], style: RunStyle = {}): ParagraphChild[] {
    return nodes.flatMap((node): ParagraphChild[] => {
      const run = (text: string, extra: Partial<IRunOptions> = {}): TextRun =>
        new TextRun({ text, ...style, ...extra });
      switch (node.type) {
        case 'text':
          return [run(node.value.replace(/\n/g, ' '))];
        case 'strong':
          return this.inline(node.children, { ...style, bold: true });
        case 'emphasis':
          return this.inline(node.children, { ...style, italics: true });
        case 'delete':
          return this.inline(node.children, { ...style, strike: true });
        case 'inlineCode':
          return [run(node.value)];
        case 'break':
          return [new TextRun({ break: 1 })];
        case 'link':
          return [
            new ExternalHyperlink({
              link: node.url,
              children: this.inline(node.children, style).filter((c): c is TextRun => c instanceof TextRun),
            }),
          ];
        case 'footnoteReference': {
          const id = this.noteIds.get(node.identifier);
          return id === undefined ? [run(`[^${node.label ?? node.identifier}]`)] : [new FootnoteReferenceRun(id)];
        }
        case 'image':
          return node.alt ? [run(node.alt)] : [];
        default:
          return 'value' in node && typeof node.value === 'string' ? [run(node.value)] : [];
      }
    });
  }

  footnotes(): Record<number, { children: Paragraph[] }> {
    const out: Record<number, { children: Paragraph[] }> = {};
    for (const note of this.notes) {
      const paragraphs = this.blocks(note.children, 0).filter((p): p is Paragraph => p instanceof Paragraph);
      out[this.noteIds.get(note.identifier)!] = { children: paragraphs.length > 0 ? paragraphs : [new Paragraph('')] };
    }
    return out;
  }
}
