// The words of retention statements, compiled for one lexicon. The words themselves are data
// (vocabulary/retention.yaml, extended by `.pplintrc.json` `vocabulary`); this module finds every
// phrase of every retention family in a text in one pass over its words, and says which kind of
// criterion or vagueness each family stands for. The grammar that joins the words to periods
// (adjacency, distances, Kazakh suffixes) is in the reading modules.
import { lexicon, type Lexicon } from '../vocabulary/lexicon.js';
import { compilePhrase, PhraseIndex, splitWords, type Phrase } from '../vocabulary/phrases.js';
import { endingBy, firstFrom, spansWithin } from './spans.js';
import { memoKindOf, type MemoKind } from '../../parse/memo.js';

/** A period-less end: what the data are kept until. Each names its criterion. */
export type Criterion =
  | 'purposes'
  | 'consent'
  | 'contract'
  | 'account'
  | 'activity'
  | 'service'
  | 'request'
  | 'session'
  | 'need'
  | 'reference'
  | 'linked'
  | 'event';

/** Phrases that give neither a period nor a usable criterion. */
export type Vagueness = 'as-long-as-necessary' | 'reasonable' | 'as-required-by-law' | 'limited' | 'indefinite';

/** Criteria in the order they are tried: the named ends first, a bare "until …" last. */
export const CRITERIA: ReadonlyArray<[Criterion, string]> = [
  ['purposes', 'retention-criteria-purposes'],
  ['consent', 'retention-criteria-consent'],
  ['contract', 'retention-criteria-contract'],
  ['account', 'retention-criteria-account'],
  ['activity', 'retention-criteria-activity'],
  ['service', 'retention-criteria-service'],
  ['request', 'retention-criteria-request'],
  ['session', 'retention-session'],
  ['need', 'retention-criteria-need'],
  ['reference', 'retention-criteria-reference'],
  ['linked', 'retention-criteria-linked'],
  ['event', 'retention-criteria-event'],
];

/** Criteria strong enough to end a period-less deletion rule ("deleted once the purpose ceases"). */
export const DELETION_CRITERIA: ReadonlySet<Criterion> = new Set([
  'purposes',
  'consent',
  'contract',
  'account',
  'service',
  'session',
]);

export const VAGUE: ReadonlyArray<[Vagueness, string]> = [
  ['as-long-as-necessary', 'retention-vague-necessary'],
  ['reasonable', 'retention-vague-reasonable'],
  ['as-required-by-law', 'retention-vague-law'],
  ['limited', 'retention-vague-limited'],
];

export const FAMILIES = [
  'retention-cue',
  'retention-not-keeping',
  'retention-storage-place',
  'retention-deletion',
  'retention-processing-cue',
  'retention-header',
  'retention-column',
  'retention-data-column',
  'retention-purpose-column',
  'retention-cookie-column',
  'retention-cookie-word',
  'retention-lead-until',
  'retention-bound-min',
  'retention-bound-max',
  'retention-bound-min-after',
  'retention-bound-max-after',
  'retention-period-word',
  'retention-from-marker',
  'retention-from-marker-noun',
  'retention-event-end',
  'retention-leading-event',
  'retention-leading-condition',
  'retention-deletion-event',
  'retention-data-word',
  'retention-kk-from-anchor',
  'retention-kk-data-head',
  'retention-not-period',
  'retention-deletion-request',
  'retention-request-handled',
  'retention-deletion-within',
  'retention-deletion-after',
  'retention-deletion-after-kk',
  'retention-until-marker',
  'retention-or',
  'retention-period-noun',
  'retention-session-cell',
  'retention-indefinite',
  'retention-anonymous-data',
  'retention-indefinite-end',
  'retention-validity',
  'retention-denied-cue',
  ...CRITERIA.map(([, family]) => family),
  ...VAGUE.map(([, family]) => family),
] as const;

export interface Hit {
  family: string;
  /** Offsets into the text searched (folding keeps them). */
  start: number;
  end: number;
}

/** The hits of one text, by family, each list in order of its start. */
export class Hits {
  private static readonly NONE: Hit[] = [];
  constructor(private readonly byFamily: Map<string, Hit[]>) {}

  of(family: string): Hit[] {
    return this.byFamily.get(family) ?? Hits.NONE;
  }

  /** The family's hits that lie within [start, end). */
  within(family: string, start: number, end: number): Hit[] {
    return spansWithin(this.of(family), start, end);
  }

  /** The hit of the family that starts exactly at `at`, the longest if several do. */
  startingAt(family: string, at: number): Hit | null {
    const hits = this.of(family);
    let best: Hit | null = null;
    for (let i = firstFrom(hits, at); i < hits.length && hits[i]!.start === at; i++)
      if (!best || hits[i]!.end > best.end) best = hits[i]!;
    return best;
  }

  /** The longest hit of the family that ends exactly at `at`. */
  endingAt(family: string, at: number): Hit | null {
    let best: Hit | null = null;
    for (const h of endingBy(this.of(family), at)) if (h.end === at && (!best || h.start < best.start)) best = h;
    return best;
  }
}

export interface RetentionWords {
  /** The lexicon's id: cached readings are keyed by it. */
  id: string;
  /** Keys of the document facts read with these words. */
  keys: {
    context: string;
    statements: string;
  };
  /** The block memos of the readings made with these words, found once (a keystroke looks up thousands). */
  memos: {
    reading: MemoKind;
    bare: MemoKind;
    lead: MemoKind;
    leadItem: MemoKind;
    headerLine: MemoKind;
    header: MemoKind;
  };
  lexicon: Lexicon;
  /** Every phrase of every retention family in the text. */
  scan(text: string): Hits;
  /** Whether the whole text (a table cell, a header) is one phrase of the family. */
  whole(family: string, text: string): boolean;
}

const compiled = new Map<string, RetentionWords>();

/** The retention words of a lexicon (by default the built-in vocabulary). */
export function retentionWords(lex: Lexicon = lexicon()): RetentionWords {
  let words = compiled.get(lex.id);
  if (!words) {
    words = compile(lex);
    compiled.set(lex.id, words);
  }
  return words;
}

const RECENT = 2048;

function compile(lex: Lexicon): RetentionWords {
  const phrases: Array<Phrase<string>> = [];
  for (const family of FAMILIES) {
    if (!lex.has(family)) continue;
    for (const source of lex.phrases(family)) {
      const phrase = compilePhrase(source, family);
      if (phrase) phrases.push(phrase);
    }
  }
  const index = new PhraseIndex(phrases);
  // A block's text is scanned by the sentence reader, the bare reader and the context: keep recent scans.
  const recent = new Map<string, Hits>();
  const scan = (text: string): Hits => {
    let hits = recent.get(text);
    if (!hits) {
      const byFamily = new Map<string, Hit[]>();
      const seen = new Set<string>();
      for (const m of index.find(text)) {
        // A phrase whose first word has alternatives is filed once per alternative: count each place once.
        const key = `${m.phrase.tag}:${m.start}:${m.end}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const list = byFamily.get(m.phrase.tag) ?? [];
        list.push({ family: m.phrase.tag, start: m.start, end: m.end });
        byFamily.set(m.phrase.tag, list);
      }
      hits = new Hits(byFamily);
      if (recent.size >= RECENT) recent.clear();
      recent.set(text, hits);
    }
    return hits;
  };
  const key = (name: string): string => `retention/${name}/${lex.id}`;
  return {
    id: lex.id,
    keys: {
      context: key('context'),
      statements: key('statements'),
    },
    memos: {
      reading: memoKindOf('retention/reading', lex.id),
      bare: memoKindOf('retention/bare', lex.id),
      lead: memoKindOf('retention/lead', lex.id),
      leadItem: memoKindOf('retention/lead-item', lex.id),
      headerLine: memoKindOf('retention/header-line', lex.id),
      header: memoKindOf('retention/header', lex.id),
    },
    lexicon: lex,
    scan,
    whole(family, text) {
      const { starts, ends } = splitWords(text);
      if (starts.length === 0) return false;
      const first = starts[0]!;
      const last = ends[ends.length - 1]!;
      return scan(text)
        .of(family)
        .some((h) => h.start === first && h.end === last);
    },
  };
}
