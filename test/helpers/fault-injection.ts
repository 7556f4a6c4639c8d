// Fault injection into language versions: the multilingual policies of ../shared/corpus (real
// translations, read at test time, never copied here) or our own long translation pairs
// (test/fixtures/versions-long). Each fault is one edit a careless translator or editor makes to
// one version (drop a paragraph, add one, leave one in another language, change a number, change a
// link); it is found when a language-version rule reports something new at the edited place of the
// edited version. The clean groups are linted too: what they raise beyond the expected findings
// (the lawyer's, for the corpus; none, for our own pairs) counts as false alarms.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createEngine, type Finding, type PolicyDocument } from '../../server/src/engine/index.js';
import { CORPUS_DIR, corpusAvailable, loadExpected } from './corpus.js';
import { VERSION_RULES } from './versions.js';
import { LONG_FIXTURES, subfolders, type VersionFile } from './fixture-groups.js';

export type FaultKind = 'drop' | 'add' | 'wrong-language' | 'number' | 'link';

export interface Fault {
  policy: string;
  file: string;
  kind: FaultKind;
  /** The 1-based line of the edited version where a finding is expected. */
  line: number;
  found: boolean;
  /** What was reported new there (or anywhere, when nothing was at the place). */
  reported: string[];
}

export interface InjectionReport {
  policies: number;
  /** Findings on the clean versions that the lawyer did not expect, per file. */
  falseAlarms: Array<{ file: string; line: number; rule: string; text: string }>;
  faults: Fault[];
}

type Version = VersionFile;

/** Where the groups come from, and what is expected of them before any fault. */
export interface InjectionSource {
  /** The versions of each policy, by policy name; `file` names each version within its group. */
  groups: Map<string, Version[]>;
  /** "file:line" places where a version rule's finding is expected on the clean versions. */
  expected: Set<string>;
  /** Change only numbers that share their sentence with other numbers (the harder case). */
  numbersAmongOthers?: boolean;
  /** Leave the wrong-language paragraph in the primary's language, as a translator who skipped it would. */
  foreignFromPrimary?: boolean;
}

const engine = createEngine();
const config = engine.resolveConfig([]);

/** Sentences of our own, in each language, for the paragraphs a fault adds or swaps in. */
const ADDED: Record<string, string> = {
  ru: 'Мы вправе поручить проверку соблюдения этих правил внешнему аудитору, который подписал с нами соглашение о конфиденциальности.',
  kk: 'Біз осы ережелердің сақталуын тексеруді бізбен құпиялылық туралы келісімге қол қойған сыртқы аудиторға тапсыра аламыз.',
  en: 'We may ask an outside auditor who has signed a confidentiality agreement with us to check that these rules are followed.',
  de: 'Wir dürfen einen externen Prüfer, der mit uns eine Vertraulichkeitsvereinbarung geschlossen hat, mit der Kontrolle dieser Regeln beauftragen.',
  fr: 'Nous pouvons confier à un auditeur externe, lié à nous par un accord de confidentialité, le contrôle du respect de ces règles.',
};
/** A paragraph in another language than the version's own (English, or Russian in the English version). */
const FOREIGN: Record<string, string> = {
  ru: 'The operator keeps the records of every request in a separate register and answers each of them in writing.',
  kk: 'The operator keeps the records of every request in a separate register and answers each of them in writing.',
  en: 'Оператор ведет учет каждого обращения в отдельном журнале и отвечает на каждое из них в письменной форме.',
  de: 'The operator keeps the records of every request in a separate register and answers each of them in writing.',
  fr: 'The operator keeps the records of every request in a separate register and answers each of them in writing.',
};

/** The same sentence in the languages a primary is written in, for a paragraph left untranslated. */
const UNTRANSLATED: Record<string, string> = {
  ru: FOREIGN.en!,
  en: FOREIGN.ru!,
  kk: 'Оператор әрбір өтінішті жеке журналда есепке алады және олардың әрқайсысына жазбаша жауап береді.',
};

/** The corpus's policies held in several language files, by policy name. */
export function corpusGroups(): Map<string, Version[]> {
  const groups = new Map<string, Version[]>();
  if (!corpusAvailable()) return groups;
  for (const file of readdirSync(CORPUS_DIR).sort()) {
    const m = /^([\w-]+)\.([a-z]{2})\.md$/.exec(file);
    if (!m) continue;
    const list = groups.get(m[1]!) ?? [];
    list.push({ file, lang: m[2]!, text: readFileSync(join(CORPUS_DIR, file), 'utf8') });
    groups.set(m[1]!, list);
  }
  for (const [name, list] of groups) if (list.length < 2) groups.delete(name);
  return groups;
}

interface Reported {
  file: string;
  line: number;
  rule: string;
  key: string;
  text: string;
}

const lineAt = (text: string, offset: number): number => {
  let line = 1;
  for (let k = text.indexOf('\n'); k !== -1 && k < offset; k = text.indexOf('\n', k + 1)) line++;
  return line;
};

/** The version rules' findings on every file of one group. */
function lintGroup(policy: string, versions: Version[]): Reported[] {
  const docs = versions.map((v) => engine.parse(`file:///corpus/${v.file}`, v.text));
  const groups = engine.groupVersions(docs, config);
  const out: Reported[] = [];
  docs.forEach((doc, k) => {
    const group = groups.find((g) => g.members.some((m) => m.doc === doc)) ?? null;
    for (const f of engine.lint(doc, config, { group }) as Finding[]) {
      if (!(VERSION_RULES as readonly string[]).includes(f.ruleId)) continue;
      const text = doc.text.slice(f.span.start, f.span.end);
      out.push({
        file: versions[k]!.file,
        line: lineAt(doc.text, f.span.start),
        rule: f.ruleId,
        key: `${versions[k]!.file}|${f.ruleId}|${f.message.id}|${text}`,
        text,
      });
    }
  });
  void policy;
  return out;
}

/** Paragraphs and list items worth a fault: whole lines of prose, of a sentence or more. */
function candidates(doc: PolicyDocument): Array<{ start: number; end: number; line: number; text: string }> {
  const out: Array<{ start: number; end: number; line: number; text: string }> = [];
  for (const block of doc.blocks) {
    if (block.type !== 'paragraph' || block.core.bold || block.core.quoted) continue;
    if ((block.text.match(/\p{L}+/gu) ?? []).length < 8) continue;
    // The whole line, list marker included.
    const start = doc.text.lastIndexOf('\n', block.start - 1) + 1;
    let end = doc.text.indexOf('\n', block.end);
    if (end === -1) end = doc.text.length;
    if (doc.text.slice(block.end, end).trim() !== '') continue;
    out.push({ start, end, line: lineAt(doc.text, start), text: doc.text.slice(start, end) });
  }
  return out;
}

/** Up to `n` items spread evenly over a list, so that faults fall all along the policy. */
function spread<T>(list: T[], n: number): T[] {
  if (list.length <= n) return list;
  return Array.from({ length: n }, (_, k) => list[Math.floor(((k + 0.5) * list.length) / n)]!);
}

const marker = (line: string): string => /^\s*(?:[-*+]|\d+[.)])\s+/.exec(line)?.[0] ?? '';

interface Edit {
  kind: FaultKind;
  text: string;
  /** The line a finding is expected on (in the edited text), give or take one. */
  line: number;
}

function faultsFor(v: Version, perKind: number, amongOthers: boolean, foreign: string): Edit[] {
  const doc = engine.parse(`file:///corpus/${v.file}`, v.text);
  const cands = candidates(doc);
  const edits: Edit[] = [];
  const lang = v.lang;
  for (const c of spread(cands, perKind)) {
    // Dropped: the line goes, with the blank line after a paragraph; the gap is where the next text now starts.
    const cut = v.text.slice(c.end, c.end + 2) === '\n\n' && marker(c.text) === '' ? c.end + 2 : c.end + 1;
    edits.push({ kind: 'drop', text: v.text.slice(0, c.start) + v.text.slice(cut), line: c.line });
  }
  for (const c of spread(cands.slice(1), perKind)) {
    const m = marker(c.text);
    const added = m ? `\n${m}${ADDED[lang]}` : `\n\n${ADDED[lang]}`;
    edits.push({
      kind: 'add',
      text: v.text.slice(0, c.end) + added + v.text.slice(c.end),
      line: lineAt(v.text, c.end) + (m ? 1 : 2),
    });
  }
  for (const c of spread(cands.slice(2), perKind)) {
    const m = marker(c.text);
    edits.push({
      kind: 'wrong-language',
      text: v.text.slice(0, c.start) + m + foreign + v.text.slice(c.end),
      line: c.line,
    });
  }
  // A number inside a sentence (not a clause number, a date's year or part of an address): changed by one digit.
  const numbered = cands.filter((c) =>
    amongOthers
      ? numberToChange(c.text, true) !== null
      : /(?<![\d.:/@#-])\d{1,3}(?![\d.,:/%-]*\d)(?!\.\d)/u.test(
          c.text
            .slice(marker(c.text).length)
            .replace(/^\d+(?:\.\d+)*\.?\s/u, '')
            .replace(/\]\([^)]*\)|https?:\/\/\S+|\S+@\S+/gu, ''),
        ),
  );
  for (const c of spread(numbered, perKind)) {
    const hit = numberToChange(c.text, amongOthers);
    if (!hit) continue;
    const changed = String(Number(hit[1]) + 1);
    const at = c.start + hit.index;
    edits.push({
      kind: 'number',
      text: v.text.slice(0, at) + changed + v.text.slice(at + hit[1]!.length),
      line: lineAt(v.text, at),
    });
  }
  // A link's target, or a bare address, pointing somewhere else.
  const LINK = /\]\(((?:https?:\/\/|\/)[^)\s]+)\)|(https?:\/\/[\w-]+(?:\.[\w-]+)+(?:\/[\w/.%-]*)?)/;
  const linked = cands.filter((c) => LINK.test(c.text));
  for (const c of spread(linked, perKind)) {
    const m = LINK.exec(c.text)!;
    const url = (m[1] ?? m[2]!).replace(/[.]+$/, '');
    const at = c.start + m.index + m[0].indexOf(url) + url.length;
    const changed = url.endsWith('/') ? 'archive/' : '/archive';
    edits.push({ kind: 'link', text: v.text.slice(0, at) + changed + v.text.slice(at), line: lineAt(v.text, at) });
  }
  return edits;
}

/** The corpus's multilingual policies, with the lawyer's expected findings. */
export function corpusSource(): InjectionSource {
  return { groups: corpusGroups(), expected: corpusAvailable() ? expectedPlaces() : new Set() };
}

/** Our own long translation pairs, one folder per policy: clean, so nothing is expected. */
export function ownLongSource(): InjectionSource {
  const groups = new Map<string, Version[]>();
  for (const dir of subfolders(LONG_FIXTURES)) {
    const policy = dir.slice(LONG_FIXTURES.length + 1);
    const files = readdirSync(dir)
      .filter((f) => /^[\w-]+\.[a-z]{2}\.md$/.test(f))
      .sort();
    if (files.length < 2) continue;
    groups.set(
      policy,
      files.map((f) => ({
        file: `${policy}/${f}`,
        lang: /\.([a-z]{2})\.md$/.exec(f)![1]!,
        text: readFileSync(join(dir, f), 'utf8'),
      })),
    );
  }
  return { groups, expected: new Set(), numbersAmongOthers: true, foreignFromPrimary: true };
}

/**
 * The number a fault changes in a line: the first of one to three digits that is no clause
 * number and no part of an address, a date or a decimal; with `amongOthers`, the first whose
 * sentence holds another number too (a changed figure must be told from its neighbours).
 */
function numberToChange(body: string, amongOthers: boolean): RegExpExecArray | null {
  const re = /(?<![\d.:/@#\w-])(\d{1,3})(?![\d.,:/%\w-]*\d)(?!\.\d)/gu;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const before = body.slice(0, m.index);
    // A clause number, however spaced ("1 . 1. 4."), is no fact.
    if (/^\s*(?:[-*+]\s+)?[\d\s.]*$/.test(before)) continue;
    if (/\]\([^)]*$|https?:\/\/\S*$/.test(before)) continue;
    if (amongOthers && !otherNumberInSentence(body, m.index, m.index + m[0].length)) continue;
    return m;
  }
  return null;
}

/** Whether the sentence around [start, end) holds another number, addresses left out. */
function otherNumberInSentence(body: string, start: number, end: number): boolean {
  const from = Math.max(0, ...[...body.slice(0, start).matchAll(/[.!?;]\s/gu)].map((m) => m.index + 2));
  const next = /[.!?;](?:\s|$)/u.exec(body.slice(end));
  const to = next ? end + next.index : body.length;
  const rest = (body.slice(from, start) + ' ' + body.slice(end, to)).replace(
    /\]\([^)]*\)|https?:\/\/\S+|\S+@\S+/gu,
    '',
  );
  return /\d/u.test(rest);
}

/** The file of the group's primary version, as the engine chooses it. */
function primaryFile(versions: Version[]): string | undefined {
  const docs = versions.map((v) => engine.parse(`file:///corpus/${v.file}`, v.text));
  const primary = engine.groupVersions(docs, config)[0]?.members.find((m) => m.primary);
  return primary ? versions[docs.indexOf(primary.doc)]?.file : undefined;
}

/** The lawyer's expected findings of the version rules, by file and line. */
function expectedPlaces(): Set<string> {
  const places = new Set<string>();
  for (const e of loadExpected()) {
    for (const m of e.must) {
      if (!(VERSION_RULES as readonly string[]).includes(m.kind) || m.line === null) continue;
      for (const d of [-1, 0, 1]) places.add(`${e.file}:${m.line + d}`);
    }
  }
  return places;
}

/** Injects `perKind` faults of each kind into every non-primary version (and the primary) of every group. */
export function injectFaults(
  perKind = 2,
  filter: (policy: string, versions: Version[]) => boolean = () => true,
  source: InjectionSource = corpusSource(),
): InjectionReport {
  const report: InjectionReport = { policies: 0, falseAlarms: [], faults: [] };
  const expected = source.expected;
  for (const [policy, versions] of source.groups) {
    if (!filter(policy, versions)) continue;
    report.policies++;
    const clean = lintGroup(policy, versions);
    for (const r of clean)
      if (!expected.has(`${r.file}:${r.line}`))
        report.falseAlarms.push({ file: r.file, line: r.line, rule: r.rule, text: r.text.slice(0, 60) });
    const baseline = new Map<string, number>();
    for (const r of clean) baseline.set(r.key, (baseline.get(r.key) ?? 0) + 1);
    const primary = primaryFile(versions);
    const primaryLang = versions.find((v) => v.file === primary)?.lang ?? '';
    for (const [k, v] of versions.entries()) {
      // The primary is the reference: what changes there is reported in the translations.
      if (v.file === primary) continue;
      const foreign =
        source.foreignFromPrimary && primaryLang !== v.lang && UNTRANSLATED[primaryLang]
          ? UNTRANSLATED[primaryLang]
          : FOREIGN[v.lang]!;
      for (const edit of faultsFor(v, perKind, source.numbersAmongOthers ?? false, foreign)) {
        const changed = versions.map((w, n) => (n === k ? { ...w, text: edit.text } : w));
        const left = new Map(baseline);
        const fresh = lintGroup(policy, changed).filter((r) => {
          const n = left.get(r.key) ?? 0;
          if (n > 0) {
            left.set(r.key, n - 1);
            return false;
          }
          return true;
        });
        const here = fresh.filter(
          (r) =>
            r.file === v.file &&
            Math.abs(r.line - edit.line) <= (edit.kind === 'drop' ? 2 : 1) &&
            acceptedFor(edit.kind).includes(r.rule),
        );
        report.faults.push({
          policy,
          file: v.file,
          kind: edit.kind,
          line: edit.line,
          found: here.length > 0,
          reported: (here.length > 0 ? here : fresh).map(
            (r) => `${r.file}:${r.line} ${r.rule} «${r.text.slice(0, 40)}»`,
          ),
        });
      }
    }
  }
  return report;
}

function acceptedFor(kind: FaultKind): string[] {
  switch (kind) {
    case 'drop':
    case 'add':
      return ['untranslated-clause'];
    case 'wrong-language':
      return ['wrong-language', 'untranslated-clause'];
    case 'number':
      return ['translation-mismatch', 'retention-inconsistent'];
    case 'link':
      return ['translation-mismatch'];
  }
}

/** The measurements, as the test prints them. */
export function summarise(report: InjectionReport): string {
  const lines: string[] = [];
  lines.push(
    `false alarms on the clean versions: ${report.falseAlarms.length} over ${report.policies} policies (${(report.falseAlarms.length / Math.max(1, report.policies)).toFixed(2)} per policy)`,
  );
  for (const f of report.falseAlarms) lines.push(`  ${f.file}:${f.line} ${f.rule} «${f.text}»`);
  const found = report.faults.filter((f) => f.found).length;
  lines.push(`injected faults found at their place: ${found}/${report.faults.length}`);
  const kinds = [...new Set(report.faults.map((f) => f.kind))];
  for (const kind of kinds) {
    const of = report.faults.filter((f) => f.kind === kind);
    lines.push(`  ${kind.padEnd(15)} ${of.filter((f) => f.found).length}/${of.length}`);
  }
  return lines.join('\n');
}
