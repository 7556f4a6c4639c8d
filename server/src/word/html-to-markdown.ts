// mammoth's HTML → Markdown with the unified ecosystem (rehype-parse, rehype-remark, remark-gfm,
// remark-stringify). Footnotes become GFM footnotes; everything else is rehype-remark's.
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import rehypeRemark, { type Options as RehypeRemarkOptions } from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import type { Element, Root as HastRoot } from 'hast';
import type { Link } from 'mdast';
import { defaultHandlers as defaultStringHandlers, type Handle } from 'mdast-util-to-markdown';
import { defaultHandlers } from 'hast-util-to-mdast';
import { adjustHtml, type HtmlChanges } from './html-tree.js';

type Handlers = NonNullable<RehypeRemarkOptions['handlers']>;

const NOTE_REF = /^#((?:foot|end)note)-(\d+)$/;
const NOTE_ITEM = /^((?:foot|end)note)-(\d+)$/;

/** The id a footnote or endnote gets in Markdown: "1" for footnotes, "e1" for endnotes. */
const noteLabel = (kind: string, n: string): string => (kind === 'endnote' ? `e${n}` : n);

const handlers: Handlers = {
  // A paragraph that is only an HTML comment is a pplint directive written as text by the export
  // (<!-- lang: kk -->): it becomes the comment again.
  p(state, node) {
    const only = node.children.length === 1 ? node.children[0] : undefined;
    const text = only?.type === 'text' ? only.value.trim() : '';
    if (/^<!--[^]*-->$/.test(text) && text.indexOf('-->') === text.length - 3) return { type: 'html', value: text };
    return defaultHandlers.p(state, node);
  },
  // mammoth writes a note reference as <sup><a href="#footnote-1">[1]</a></sup>.
  sup(state, node) {
    const link = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'a');
    const m = NOTE_REF.exec(String(link?.properties?.href ?? ''));
    if (m && node.children.length === 1) {
      const label = noteLabel(m[1]!, m[2]!);
      return { type: 'footnoteReference', identifier: label, label };
    }
    return state.all(node) as never;
  },
  // ... and the notes as <ol><li id="footnote-1">…</li></ol> at the end.
  ol(state, node) {
    const items = node.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'li');
    const notes = items.map((li) => NOTE_ITEM.exec(String(li.properties?.id ?? '')));
    if (items.length > 0 && notes.every(Boolean)) {
      return items.map((li, i) => {
        const label = noteLabel(notes[i]![1]!, notes[i]![2]!);
        return { type: 'footnoteDefinition', identifier: label, label, children: state.toFlow(state.all(li)) } as never;
      });
    }
    return defaultHandlers.ol(state, node);
  },
};

export interface MarkdownResult {
  markdown: string;
  changes: HtmlChanges;
}

export async function htmlToMarkdown(html: string): Promise<MarkdownResult> {
  let changes: HtmlChanges = { mergedTables: 0 };
  const processor = unified()
    .use(rehypeParse, { fragment: true })
    .use(() => (tree: HastRoot) => {
      changes = adjustHtml(tree);
    })
    .use(rehypeRemark, { handlers })
    .use(remarkGfm, { tablePipeAlign: false })
    .use(remarkStringify, {
      bullet: '-',
      listItemIndent: 'one',
      emphasis: '*',
      strong: '*',
      rule: '-',
      fences: true,
      handlers: { link: bareAddress },
    });
  const file = await processor.process(html);
  return { markdown: plainBrackets(tidyTables(String(file))), changes };
}

/** Delimiter rows as lawyers' drafts write them ("|---|---|"), not remark's "| - | - |". */
function tidyTables(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) => (/^\|(?: *:?-+:? *\|)+$/.test(line) ? line.replace(/ *(:?)-+(:?) *\|/g, '$1---$2|') : line))
    .join('\n');
}

/**
 * A link whose text is its own address (a web address or e-mail typed in Word) is written as the
 * bare address, as drafts write it (GFM reads it as a link again), when nothing in it could be
 * read as Markdown; otherwise as an ordinary link.
 */
const bareAddress: Handle = (node: Link, parent, state, info) => {
  const only = node.children.length === 1 ? node.children[0] : undefined;
  const text = only?.type === 'text' ? only.value : '';
  const own = node.url === text || node.url === `mailto:${text}`;
  if (own && /^(?:https?:\/\/|[^\s@]+@)[^\s*_`<>[\]\\()]+$/.test(text)) return text;
  return defaultStringHandlers.link(node, parent, state, info);
};

/**
 * remark escapes every "[" in case it opens a link; the import writes no link references, so a
 * bracket that is not followed by "(", "[" or ":" is a lawyer's bracket («[ФИО]», a blank to
 * fill) and is written as typed.
 */
function plainBrackets(markdown: string): string {
  return markdown.replace(/\\\[([^\][\n\\^][^\][\n\\]*)\](?![([:])/g, '[$1]');
}
