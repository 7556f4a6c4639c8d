// The Markdown parser: unified with remark-parse, GFM tables and YAML front matter.
// Front matter is recognised only by the processor that parses the opening chunk, as in a whole-
// document parse: elsewhere `---` is a thematic break or a setext underline.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';

const withFrontMatter = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze();
const withoutFrontMatter = unified().use(remarkParse).use(remarkGfm).freeze();

export function parseMarkdown(text: string, opening: boolean): Root {
  return (opening ? withFrontMatter : withoutFrontMatter).parse(text);
}
