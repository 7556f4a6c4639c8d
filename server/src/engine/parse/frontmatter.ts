// Reads the YAML front matter of a draft. A malformed value never stops linting: it is ignored
// and reported with the reason, at its place.
import { LineCounter, parseDocument, isMap } from 'yaml';
import { LANGUAGES, type Lang, type MessageRef, type Span } from '../types.js';

export interface FrontMatter {
  lang?: Lang;
  policy?: boolean;
  jurisdictions?: string[];
  policyId?: string;
  primary?: boolean;
  /** Every key as written, for rules that need more. */
  raw: Record<string, unknown>;
}

export interface DocumentProblem {
  span: Span;
  message: MessageRef;
}

/**
 * @param value the YAML between the fences
 * @param offset where `value` starts in the document
 */
export function readFrontMatter(value: string, offset: number, blockSpan: Span): { frontMatter: FrontMatter; problems: DocumentProblem[] } {
  const problems: DocumentProblem[] = [];
  const frontMatter: FrontMatter = { raw: {} };
  const lines = new LineCounter();
  const doc = parseDocument(value, { lineCounter: lines, prettyErrors: false, uniqueKeys: false });
  for (const error of doc.errors) {
    const [s, e] = error.pos;
    problems.push({ span: { start: offset + s, end: offset + Math.max(e, s + 1) }, message: { id: 'front-matter/yaml', data: { reason: error.message.split('\n')[0]! } } });
  }
  if (doc.errors.length > 0) return { frontMatter, problems };
  if (doc.contents === null) return { frontMatter, problems };
  if (!isMap(doc.contents)) {
    problems.push({ span: blockSpan, message: { id: 'front-matter/not-a-map' } });
    return { frontMatter, problems };
  }
  const raw = doc.toJS() as Record<string, unknown>;
  frontMatter.raw = raw;
  const where = (key: string): Span => {
    const pair = doc.contents && isMap(doc.contents) ? doc.contents.items.find((p) => (p.key as { value?: unknown })?.value === key) : undefined;
    const range = (pair?.value as { range?: [number, number, number] } | undefined)?.range ?? (pair?.key as { range?: [number, number, number] } | undefined)?.range;
    return range ? { start: offset + range[0], end: offset + Math.max(range[1], range[0] + 1) } : blockSpan;
  };
  const bad = (key: string, expected: string): void => {
    problems.push({ span: where(key), message: { id: 'front-matter/bad-value', data: { key, expected } } });
  };

  if ('lang' in raw) {
    const lang = String(raw.lang ?? '').toLowerCase();
    if ((LANGUAGES as readonly string[]).includes(lang)) frontMatter.lang = lang as Lang;
    else bad('lang', LANGUAGES.join(', '));
  }
  if ('policy' in raw) frontMatter.policy = raw.policy !== false && raw.policy !== null && raw.policy !== 'false';
  if ('jurisdictions' in raw) {
    const value = raw.jurisdictions;
    const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[,\s]+/) : null;
    if (list && list.every((j) => typeof j === 'string')) frontMatter.jurisdictions = (list as string[]).map((j) => j.trim().toLowerCase()).filter(Boolean);
    else bad('jurisdictions', '[kz, gdpr]');
  }
  if ('policy-id' in raw) {
    const id = raw['policy-id'];
    if (typeof id === 'string' || typeof id === 'number') frontMatter.policyId = String(id);
    else bad('policy-id', 'a name');
  }
  if ('primary' in raw) {
    if (typeof raw.primary === 'boolean') frontMatter.primary = raw.primary;
    else bad('primary', 'true or false');
  }
  return { frontMatter, problems };
}
