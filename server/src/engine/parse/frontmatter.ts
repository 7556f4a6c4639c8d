// Reads the YAML front matter of a draft. A malformed value never stops linting: it is ignored
// and reported with the reason, at its place.
import { LineCounter, parseDocument, isMap } from 'yaml';
import type { LanguageCode, MessageRef, Span, TextEdit } from '../types.js';
import { languageCode } from '../language/codes.js';

export interface FrontMatter {
  /** Any BCP 47 tag, lower case ("ru", "kk-kz", "de"); a language pplint does not read is kept too. */
  lang?: LanguageCode;
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
export function readFrontMatter(
  value: string,
  offset: number,
  blockSpan: Span,
): { frontMatter: FrontMatter; problems: DocumentProblem[] } {
  const problems: DocumentProblem[] = [];
  const frontMatter: FrontMatter = { raw: {} };
  const lines = new LineCounter();
  const doc = parseDocument(value, { lineCounter: lines, prettyErrors: false, uniqueKeys: false });
  for (const error of doc.errors) {
    const [s, e] = error.pos;
    problems.push({
      span: { start: offset + s, end: offset + Math.max(e, s + 1) },
      message: { id: 'front-matter/yaml', data: { reason: error.message.split('\n')[0]! } },
    });
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
    const pair =
      doc.contents && isMap(doc.contents)
        ? doc.contents.items.find((p) => (p.key as { value?: unknown })?.value === key)
        : undefined;
    const range =
      (pair?.value as { range?: [number, number, number] } | undefined)?.range ??
      (pair?.key as { range?: [number, number, number] } | undefined)?.range;
    return range ? { start: offset + range[0], end: offset + Math.max(range[1], range[0] + 1) } : blockSpan;
  };
  const bad = (key: string, expected: string): void => {
    problems.push({ span: where(key), message: { id: 'front-matter/bad-value', data: { key, expected } } });
  };

  if ('lang' in raw) {
    const code = typeof raw.lang === 'string' ? languageCode(raw.lang) : null;
    if (code) frontMatter.lang = code;
    else bad('lang', 'a language code: en, ru, kk, or another such as de, fr, uz, pt-BR');
  }
  if ('policy' in raw) frontMatter.policy = raw.policy !== false && raw.policy !== null && raw.policy !== 'false';
  if ('jurisdictions' in raw) {
    const value = raw.jurisdictions;
    const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[,\s]+/) : null;
    if (list && list.every((j) => typeof j === 'string'))
      frontMatter.jurisdictions = (list as string[]).map((j) => j.trim().toLowerCase()).filter(Boolean);
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

/**
 * An edit that adds `line` ("jurisdictions: [kz]") to a draft's front matter: before its closing
 * fence, or as a new front matter at the top when the draft has none.
 */
export function addToFrontMatter(doc: { text: string; bodyStart: number }, line: string): TextEdit {
  const newline = doc.text.includes('\r\n') ? '\r\n' : '\n';
  if (doc.bodyStart === 0)
    return { start: 0, end: 0, text: `---${newline}${line}${newline}---${newline}${newline}`, expect: '' };
  // bodyStart is just after the closing fence (and its line break, unless the text ends there).
  const lastOfFence = doc.text[doc.bodyStart - 1] === '\n' ? doc.bodyStart - 2 : doc.bodyStart - 1;
  const fenceStart = doc.text.lastIndexOf('\n', lastOfFence) + 1;
  return { start: fenceStart, end: fenceStart, text: `${line}${newline}`, expect: '' };
}
