// A sentence added or dropped inside a paragraph that otherwise translates its counterpart. Two
// paired paragraphs are cut into sentences and their lengths compared (as Gale and Church's
// aligner does, with the usual ratio of a paragraph in the two languages). A sentence is reported
// when its side has exactly one sentence more, the best pairing of all sentences (one with one or
// with several) leaves some pairing far too long, and without that sentence the rest pair one
// with one within the usual spread — and no other sentence would do the same. A paragraph only a
// quarter too long is enough where the rest alone matches the whole counterpart within a tenth.
// A translation that splits or joins sentences, or words a paragraph more loosely, is no drift;
// lengths alone cannot tell which of two sentences of about one length was added, so such a case
// is left alone.
import type { Block } from '../model/document.js';
import { splitSentences } from '../extract/retention/sentences.js';
import { blockFacts } from '../extract/anchors.js';
import { coreId, memoOn } from './identity.js';
import type { Alignment, Side, SegmentLink } from './types.js';

export interface DriftSentence {
  /** The side whose paragraph has the sentence; the other side's paragraph lacks it. */
  side: Side;
  block: Block;
  start: number;
  end: number;
}

interface Sentence {
  start: number;
  end: number;
  letters: number;
  /** Strong facts ("type:key") the sentence states. */
  keys: string[];
}

/** Pairings that fit are within this factor of the expected length; one off by the second factor is a misfit. */
const FITS = Math.log(1.3);
const MISFITS = Math.log(1.4);
/**
 * A sentence that makes its paragraph a quarter too long, where the other sentences alone match the
 * whole counterpart within a tenth: they already say all it says, and the sentence is added text
 * (a translation that splits a sentence in two shares the length out, and no part alone matches).
 */
const SOFT_MISFITS = Math.log(1.25);
const TIGHT_FITS = Math.log(1.1);
/** A sentence shorter than this, or than this share of its paragraph, is too small to judge by length. */
const MIN_LETTERS = 40;
const MIN_SHARE = 0.2;
/** Paragraphs with more sentences are left alone: lengths pair too loosely over many. */
const MAX_SENTENCES = 12;
const LETTER = /\p{L}/gu;

function sentencesOf(block: Block): Sentence[] {
  const facts = blockFacts(block).filter((f) => !f.weak);
  const out: Sentence[] = [];
  for (const s of splitSentences(block.text)) {
    const letters = block.text.slice(s.start, s.end).match(LETTER)?.length ?? 0;
    const keys = facts.filter((f) => f.start >= s.start && f.end <= s.end).map((f) => `${f.type}:${f.key}`);
    const last = out[out.length - 1];
    // A clause number ("3.1.") read as a sentence of its own belongs to the next one.
    if (last && last.letters === 0) {
      out[out.length - 1] = { start: last.start, end: s.end, letters, keys: [...last.keys, ...keys] };
    } else out.push({ start: s.start, end: s.end, letters, keys });
  }
  return out.filter((s) => s.letters > 0);
}

/** A clause number opening a sentence after the first: the block runs several clauses together, paired elsewhere too. */
const CLAUSE_NUMBER = /^\(?\d+(?:\.\d+)*[.)]\s/u;
function holdsSeveralClauses(block: Block, sentences: readonly Sentence[]): boolean {
  return sentences.slice(1).some((s) => CLAUSE_NUMBER.test(block.text.slice(s.start, s.end)));
}

/**
 * The worst misfit of the best pairing of two runs of sentence lengths, each pairing one with one
 * to three: how far (as a log ratio) a pairing strays from `ratio` letters of b per letter of a.
 */
function bestWorst(a: readonly number[], b: readonly number[], ratio: number, slack = 0): number {
  const n = a.length;
  const m = b.length;
  const cost: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(Infinity));
  cost[0]![0] = 0;
  const sum = (xs: readonly number[], from: number, to: number): number => {
    let s = 0;
    for (let k = from; k < to; k++) s += xs[k]!;
    return s;
  };
  for (let i = 0; i <= n; i++)
    for (let j = 0; j <= m; j++) {
      const here = cost[i]![j]!;
      if (here === Infinity) continue;
      for (let di = 1; di <= 3; di++)
        for (let dj = 1; dj <= 3; dj++) {
          if (i + di > n || j + dj > m || (di > 1 && dj > 1)) continue;
          const lb = sum(b, j, j + dj);
          const la = ratio * sum(a, i, i + di);
          // Short sentences stray far in ratio for a few words: a misfit must also be long.
          const off = Math.abs(lb - la) < slack ? 0 : Math.abs(Math.log((lb + 1) / (la + 1)));
          const worst = Math.max(here, off);
          if (worst < cost[i + di]![j + dj]!) cost[i + di]![j + dj] = worst;
        }
    }
  return cost[n]![m]!;
}

/** The worst misfit of pairing two equally long runs of sentence lengths in order, one with one. */
function oneToOne(a: readonly number[], b: readonly number[], ratio: number): number {
  return Math.max(...a.map((x, i) => Math.abs(Math.log((b[i]! + 1) / (ratio * x + 1)))));
}

function without<T>(xs: readonly T[], k: number): T[] {
  return [...xs.slice(0, k), ...xs.slice(k + 1)];
}

/** The one sentence of a pair of one-block paragraphs that has no counterpart, if there is one beyond doubt. */
function driftIn(a: Block, b: Block, ratio: number): DriftSentence[] {
  const sa = sentencesOf(a);
  const sb = sentencesOf(b);
  if (sa.length + sb.length < 3 || sa.length > MAX_SENTENCES || sb.length > MAX_SENTENCES) return [];
  if (holdsSeveralClauses(a, sa) || holdsSeveralClauses(b, sb)) return [];
  const la = sa.map((s) => s.letters);
  const lb = sb.map((s) => s.letters);
  const misfit = bestWorst(la, lb, ratio, MIN_LETTERS);
  if (misfit < SOFT_MISFITS) return [];
  const fits = misfit < MISFITS ? TIGHT_FITS : FITS;
  const keysA = new Set(sa.flatMap((s) => s.keys));
  const keysB = new Set(sb.flatMap((s) => s.keys));
  const found: DriftSentence[] = [];
  const sides: Array<[Side, Block, Sentence[], number[], ReadonlySet<string>]> = [
    ['a', a, sa, la, keysB],
    ['b', b, sb, lb, keysA],
  ];
  for (const [side, block, sentences, lengths, otherKeys] of sides) {
    const total = lengths.reduce((x, y) => x + y, 0);
    const others = side === 'a' ? lb : la;
    sentences.forEach((s, k) => {
      // One sentence more than the other side, the rest pairing one with one: a sentence added.
      if (sentences.length !== others.length + 1 || s.letters < MIN_LETTERS || s.letters < MIN_SHARE * total) return;
      // A fact the other paragraph states too puts the sentence's counterpart there.
      if (s.keys.some((key) => otherKeys.has(key))) return;
      const rest = without(lengths, k);
      const fit = side === 'a' ? oneToOne(rest, lb, ratio) : oneToOne(la, rest, ratio);
      if (fit <= fits) found.push({ side, block, start: s.start, end: s.end });
    });
  }
  // Another sentence that would explain the misfit too: which one lacks its counterpart is unclear.
  const [best] = found;
  if (!best || found.length > 1) return [];
  return [{ side: best.side, block: best.block, start: best.start, end: best.end }];
}

/**
 * Sentences without counterpart in a pairing of one paragraph with one paragraph (grounded:
 * numbered, sharing anchors or held in place by its neighbours). Remembered with the two texts.
 */
export function sentenceDrift(link: SegmentLink, ratio: number): DriftSentence[] {
  if (!link.grounded || link.a.length !== 1 || link.b.length !== 1) return [];
  const ba = link.a[0]!.blocks;
  const bb = link.b[0]!.blocks;
  if (ba.length !== 1 || bb.length !== 1) return [];
  const a = ba[0]!;
  const b = bb[0]!;
  if (a.type !== 'paragraph' || b.type !== 'paragraph') return [];
  const key = `drift|${coreId(a)}|${coreId(b)}|${ratio.toFixed(2)}`;
  const stored = memoOn(a, key, () => driftIn(a, b, ratio).map((d) => ({ side: d.side, start: d.start, end: d.end })));
  return stored.map((d) => ({ ...d, block: d.side === 'a' ? a : b }));
}

const ratios = new WeakMap<Alignment, number>();
/** Paired paragraphs whose length tells the ratio: a few drifting ones must not move the median. */
const MIN_SAMPLES = 3;

/**
 * Letters of b per letter of a in a typical paragraph: the median over the paragraphs paired one
 * with one. The ratio of the whole texts counts every added sentence and clause, so a version that
 * adds many would hide them.
 */
export function paragraphRatio(alignment: Alignment): number {
  let ratio = ratios.get(alignment);
  if (ratio !== undefined) return ratio;
  const samples = alignment.segments
    .filter((s) => s.grounded && s.a.length === 1 && s.b.length === 1)
    .filter((s) => s.a[0]!.letters >= MIN_LETTERS && s.b[0]!.letters >= MIN_LETTERS)
    .map((s) => s.b[0]!.letters / s.a[0]!.letters)
    .sort((x, y) => x - y);
  ratio = samples.length >= MIN_SAMPLES ? samples[samples.length >> 1]! : alignment.ratio;
  ratios.set(alignment, ratio);
  return ratio;
}
