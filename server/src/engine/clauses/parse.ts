// Reads one clause file (front matter and Markdown body) and says, in plain words, what is wrong
// with it: the same reader serves the product's library at build time and a firm's own clauses at
// run time, so that both are held to the same rules.
import { parse as parseYaml } from 'yaml';
import { LANGUAGES, SECTION_KINDS, type Lang, type SectionKind } from '../types.js';
import type { Clause } from './types.js';

export interface ClauseProblem {
  /** What is wrong, as a sentence a lawyer understands. */
  message: string;
}

export type ClauseReading = { clause: Clause; problems: [] } | { clause: null; problems: ClauseProblem[] };

const FENCE = /^---[ \t]*\r?\n/;

function splitFrontMatter(text: string): { head: string; body: string } | null {
  const source = text.replace(/^\uFEFF/, '');
  if (!FENCE.test(source)) return null;
  const start = source.indexOf('\n') + 1;
  // The closing fence: a line of three dashes (searched line by line, never by a backtracking regex).
  let at = start;
  while (at < source.length) {
    const end = source.indexOf('\n', at);
    const line = source.slice(at, end === -1 ? source.length : end).replace(/\r$/, '');
    if (line.trimEnd() === '---')
      return { head: source.slice(start, at), body: end === -1 ? '' : source.slice(end + 1) };
    if (end === -1) break;
    at = end + 1;
  }
  return null;
}

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;

/**
 * @param origin `firm` for a firm's own clause (its `items` may be empty: it then only adds wording
 *   under its kind)
 */
export function readClause(text: string, origin: Clause['origin'] = 'library'): ClauseReading {
  const parts = splitFrontMatter(text);
  if (!parts)
    return {
      clause: null,
      problems: [{ message: 'The file does not begin with front matter between two lines of three dashes (---).' }],
    };
  let head: unknown;
  try {
    head = parseYaml(parts.head);
  } catch (error) {
    return {
      clause: null,
      problems: [{ message: `The front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}` }],
    };
  }
  if (head === null || typeof head !== 'object' || Array.isArray(head))
    return {
      clause: null,
      problems: [{ message: 'The front matter must be a list of fields (id, kind, items, lang, title, description).' }],
    };
  const fields = head as Record<string, unknown>;
  const problems: ClauseProblem[] = [];
  const { id, kind, items, lang, title, description } = fields;
  if (!isText(id) || !/^[a-z0-9][a-z0-9.-]*$/.test(id))
    problems.push({
      message: '`id` must be a short name of lower-case letters, digits, dots and hyphens ("firm.retention").',
    });
  if (!isText(kind) || !(SECTION_KINDS as readonly string[]).includes(kind))
    problems.push({ message: `\`kind\` must be one of the section kinds: ${SECTION_KINDS.join(', ')}.` });
  const itemList = items === undefined || items === null ? [] : items;
  if (!Array.isArray(itemList) || !itemList.every((i) => isText(i) && /^[a-z]+:[a-z0-9-]+$/.test(i)))
    problems.push({ message: '`items` must be a list of requirements such as [kz:retention, gdpr:retention].' });
  else if (origin === 'library' && itemList.length === 0 && typeof id === 'string' && !id.startsWith('common.'))
    problems.push({ message: '`items` must name the requirements the clause states.' });
  if (!isText(lang) || !(LANGUAGES as readonly string[]).includes(lang))
    problems.push({ message: `\`lang\` must be one of ${LANGUAGES.join(', ')}.` });
  if (!isText(title) || title.includes('\n'))
    problems.push({ message: '`title` must be the heading of the clause, on one line.' });
  if (!isText(description)) problems.push({ message: '`description` must say in one line what the clause states.' });
  const body = parts.body.trim();
  if (body.length === 0) problems.push({ message: 'The clause has no text after the front matter.' });
  for (const key of Object.keys(fields)) {
    if (!['id', 'kind', 'items', 'lang', 'title', 'description'].includes(key))
      problems.push({ message: `Unknown field \`${key}\` (allowed: id, kind, items, lang, title, description).` });
  }
  if (problems.length > 0) return { clause: null, problems };
  return {
    clause: {
      id: id as string,
      kind: kind as SectionKind,
      items: itemList as string[],
      lang: lang as Lang,
      title: (title as string).trim(),
      description: (description as string).trim(),
      body,
      origin,
    },
    problems: [],
  };
}
