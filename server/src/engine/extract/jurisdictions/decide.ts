// From what the blocks say to the laws a policy answers to. A law named and applied decides
// ("processed under Law No. 94-V", "your rights under the GDPR", "Roskomnadzor"). When no law is
// applied, the signs of a country are weighed: each kind of sign counts at most twice, and a guess
// needs enough of them (two cities and a .kz address, or Kazakhstan named twice) and more than any
// other country's, so that one .kz e-mail in a foreign policy is not enough. A law named only in
// passing ("depending on where you live, the GDPR", the EU servers' regime) is a mention: it is
// shown, never checked, and adds a little weight to its country's guess.
import type { PolicyDocument, Section } from '../../model/document.js';
import type { Lexicon } from '../vocabulary/lexicon.js';
import type { Span } from '../../types.js';
import { readBlock, type BlockCitation, type CitationStrength, type Passing, type SignalKind } from './signals.js';

export const KNOWN_JURISDICTIONS = ['kz', 'gdpr', 'ru', 'ccpa'] as const;

/** One thing the text says that points to a jurisdiction, at its place. */
export interface Evidence {
  jurisdiction: string;
  kind: CitationStrength | SignalKind;
  /** The words as written ("No. 94-V", "Almaty", "tamshy.kz"); empty for the language of the text. */
  readonly text: string;
  doc: PolicyDocument;
  /** Offsets into the document's text (worked out when asked: only the few shown need them). */
  readonly span: Span;
  passing?: Passing;
}

type Block = PolicyDocument['blocks'][number];

/** Evidence in a block: built for every sign on every keystroke, so its text and span wait until shown. */
class BlockEvidence implements Evidence {
  constructor(
    readonly jurisdiction: string,
    readonly kind: CitationStrength | SignalKind,
    readonly doc: PolicyDocument,
    private readonly block: Block,
    private readonly start: number,
    private readonly end: number,
    readonly passing?: Passing,
  ) {}

  /** Where it begins, near enough to tell two findings apart (and cheap). */
  get at(): number {
    return this.block.start + this.start;
  }

  get text(): string {
    return this.block.text.slice(this.start, this.end);
  }

  get span(): Span {
    return this.block.sourceSpan(this.start, this.end);
  }

  as(kind: SignalKind): BlockEvidence {
    return new BlockEvidence(this.jurisdiction, kind, this.doc, this.block, this.start, this.end, this.passing);
  }
}

export interface JurisdictionCitation extends BlockCitation {
  block: PolicyDocument['blocks'][number];
  uri: string;
}

/** What one document's text says, cached per document version and vocabulary. */
export interface TextReading {
  /** Laws named and applied, by jurisdiction, in document order. */
  applied: Map<string, Evidence[]>;
  /** Laws named only in passing, by jurisdiction. */
  passing: Map<string, Evidence[]>;
  /** Signs of a country, by jurisdiction (kz, ru, ccpa, foreign) and kind. */
  signs: Map<string, Map<SignalKind, Evidence[]>>;
  citations: JurisdictionCitation[];
}

export interface Decision {
  list: string[];
  source: 'detected' | 'guessed' | 'none';
  /** What decided, strongest first (a few per jurisdiction). */
  evidence: Evidence[];
  /** Laws named only in passing and not in the list: the first mention of each. */
  mentioned: Evidence[];
  /** Signs of a country pplint has no profile for, when they kept a guess away. */
  foreign: Evidence[];
  /** For a guess: the laws of the list the text names only in passing or under a condition (the first mention of each). */
  citedInPassing?: Evidence[];
}

const WEIGHT: Record<SignalKind, number> = {
  identifier: 3,
  'identifier-name': 2,
  'foreign-law': 3,
  country: 2,
  currency: 2,
  'federal-law': 2,
  state: 2,
  // A version in Kazakh is written for Kazakhstan: enough for a guess on its own, unless signs of
  // another country weigh as much (a Kazakh translation of an Uzbek operator's policy).
  language: 3,
  mention: 2,
  city: 1,
  domain: 1,
  phone: 1,
};
// Repeating a sign adds little: a .kz address in every footer is still one address.
const COUNTED: Partial<Record<SignalKind, number>> = { mention: 1, language: 1, 'identifier-name': 1 };
const GUESS_AT = 3;
const SHOWN = 3;

const at = (e: Evidence): number => (e instanceof BlockEvidence ? e.at : e.span.start);

// Where each list's evidence begins, so that a draft citing one law a thousand times stays linear.
const starts = new WeakMap<Evidence[], Set<number>>();

/** Adds evidence unless the same words were already found there (two phrases of a family may overlap). */
function push(map: Map<string, Evidence[]>, key: string, value: Evidence): void {
  const list = map.get(key);
  if (!list) {
    const created = [value];
    map.set(key, created);
    starts.set(created, new Set([at(value)]));
    return;
  }
  let seen = starts.get(list);
  if (!seen) starts.set(list, (seen = new Set(list.map(at))));
  if (seen.has(at(value))) return;
  seen.add(at(value));
  list.push(value);
}

/** A few pieces of evidence with different words, in order. */
function distinct(list: readonly Evidence[], count: number): Evidence[] {
  const out: Evidence[] = [];
  for (const e of list) {
    if (out.length >= count) break;
    if (!out.some((o) => o.kind === e.kind && o.text.toLowerCase() === e.text.toLowerCase())) out.push(e);
  }
  return out;
}

/** Whether the block stands under a heading about transfers abroad. */
function underTransferHeading(block: Block, lexicon: Lexicon): boolean {
  for (let section: Section | null = block.section ?? null; section; section = section.parent) {
    if (section.heading && section.heading !== block && readBlock(section.heading, lexicon).transfer) return true;
  }
  return false;
}

export function readDocument(doc: PolicyDocument, lexicon: Lexicon): TextReading {
  const key = `jurisdictions/reading/${lexicon.id}`;
  const cached = doc.facts.get(key) as TextReading | undefined;
  if (cached) return cached;
  const reading: TextReading = { applied: new Map(), passing: new Map(), signs: new Map(), citations: [] };
  const sign = (jurisdiction: string, kind: SignalKind, evidence: Evidence): void => {
    let kinds = reading.signs.get(jurisdiction);
    if (!kinds) reading.signs.set(jurisdiction, (kinds = new Map()));
    push(kinds as Map<string, Evidence[]>, kind, evidence);
  };
  for (const block of doc.blocks) {
    const { citations, signals } = readBlock(block, lexicon);
    for (const c of citations) {
      const passing = c.passing ?? (underTransferHeading(block, lexicon) ? 'transfer' : null);
      const citation = { ...c, passing, block, uri: doc.uri };
      reading.citations.push(citation);
      if (c.negated) continue;
      const evidence = new BlockEvidence(c.jurisdiction, c.strength, doc, block, c.start, c.end, passing ?? undefined);
      if (passing) {
        push(reading.passing, c.jurisdiction, evidence);
        sign(c.jurisdiction, 'mention', evidence.as('mention'));
      } else push(reading.applied, c.jurisdiction, evidence);
    }
    for (const s of signals)
      sign(s.jurisdiction, s.kind, new BlockEvidence(s.jurisdiction, s.kind, doc, block, s.start, s.end));
  }
  // Kazakh is written as a policy's language in Kazakhstan.
  if (doc.language === 'kk' || doc.versions.some((v) => v.lang === 'kk')) {
    sign('kz', 'language', {
      jurisdiction: 'kz',
      kind: 'language',
      text: '',
      doc,
      span: { start: doc.bodyStart, end: doc.bodyStart },
    });
  }
  doc.facts.set(key, reading);
  return reading;
}

interface Score {
  score: number;
  evidence: Evidence[];
}

/**
 * A country's weight over the versions of one policy: each kind of sign counted as the richest
 * version shows it (a translation repeats its original's signs), shown from the first reading (the
 * document at hand) where it has that kind.
 */
function score(readings: readonly TextReading[], jurisdiction: string): Score {
  const counts = new Map<SignalKind, number>();
  const shown = new Map<SignalKind, Evidence[]>();
  for (const r of readings) {
    for (const [kind, list] of r.signs.get(jurisdiction) ?? []) {
      counts.set(kind, Math.max(counts.get(kind) ?? 0, list.length));
      if (!shown.has(kind)) shown.set(kind, list);
    }
  }
  let total = 0;
  const evidence: Evidence[] = [];
  for (const [kind, count] of counts) {
    total += WEIGHT[kind] * Math.min(count, COUNTED[kind] ?? 2);
    evidence.push(...shown.get(kind)!.slice(0, COUNTED[kind] ?? 2));
  }
  // The strongest signs first; the language of the text, which says least on its own, last.
  const rank = (e: Evidence): number => (e.kind === 'language' ? 0 : WEIGHT[e.kind as SignalKind]);
  evidence.sort((a, b) => rank(b) - rank(a) || at(a) - at(b));
  return { score: total, evidence };
}

const STRENGTH: Record<string, number> = { law: 0, body: 1, legislation: 2 };

/** A jurisdiction's citations over the versions, the most specific first (the Law by name before "the legislation"). */
function firstOf(readings: readonly TextReading[], field: 'applied' | 'passing', jurisdiction: string): Evidence[] {
  return readings
    .flatMap((r) => r[field].get(jurisdiction) ?? [])
    .sort((a, b) => (STRENGTH[a.kind] ?? 3) - (STRENGTH[b.kind] ?? 3));
}

/** The jurisdictions the texts of one policy's versions show, and why. */
export function decide(readings: readonly TextReading[]): Decision {
  const mentionedOf = (list: readonly string[]): Evidence[] =>
    KNOWN_JURISDICTIONS.filter((j) => !list.includes(j)).flatMap((j) => firstOf(readings, 'passing', j).slice(0, 1));
  const applied = KNOWN_JURISDICTIONS.filter((j) => readings.some((r) => r.applied.has(j)));
  if (applied.length > 0) {
    const evidence = applied.flatMap((j) => distinct(firstOf(readings, 'applied', j), SHOWN));
    return { list: applied, source: 'detected', evidence, mentioned: mentionedOf(applied), foreign: [] };
  }
  const foreign = score(readings, 'foreign');
  const kz = score(readings, 'kz');
  const ru = score(readings, 'ru');
  const ccpa = score(readings, 'ccpa');
  const guessed: Array<[string, Score]> = [];
  // Kazakhstan and Russia share a calling code, a script and much vocabulary: the stronger one only.
  const country: Array<[string, Score]> = kz.score > ru.score ? [['kz', kz]] : ru.score > kz.score ? [['ru', ru]] : [];
  for (const [j, s] of [...country, ['ccpa', ccpa] as [string, Score]])
    if (s.score >= GUESS_AT && s.score > foreign.score) guessed.push([j, s]);
  const list = KNOWN_JURISDICTIONS.filter((j) => guessed.some(([g]) => g === j));
  const kept = foreign.score > 0 && [kz, ru, ccpa].some((s) => s.score >= GUESS_AT && s.score <= foreign.score);
  return {
    list,
    source: list.length > 0 ? 'guessed' : 'none',
    evidence: guessed.flatMap(([, s]) => distinct(s.evidence, SHOWN + 1)),
    mentioned: mentionedOf(list),
    foreign: kept || list.length === 0 ? distinct(foreign.evidence, SHOWN) : [],
    citedInPassing: list.flatMap((j) => firstOf(readings, 'passing', j).slice(0, 1)),
  };
}
