// Automatic numbering as Word shows it. mammoth turns numbered paragraphs into HTML lists and
// loses the numbers ("4.1.1." becomes a nested <li>), yet the numbers are what a lawyer cites and
// what aligns clauses across language versions. So the numbers are computed here from
// numbering.xml, as Word does:
// - each abstract list keeps one counter per level, shared by the lists (w:num) that use it, so a
//   list interrupted by ordinary paragraphs continues;
// - a w:num with a start override (w:lvlOverride/w:startOverride) restarts the level;
// - using a level restarts the deeper ones (or only those whose w:lvlRestart allows it);
// - a level skipped on the way down ("4." straight to "4.1.1.") shows its start value;
// - w:lvlText ("%1.%2.") writes the counters of the levels it names, each in its own format,
//   or all in decimal when the level is "legal" (w:isLgl).
import type { Document, Element } from '@xmldom/xmldom';
import { formatCounter } from './number-format.js';
import { intOr, wAttr, wChild, wChildren, wDescendants, wVal } from './ooxml.js';

export interface Level {
  format: string;
  text: string;
  start: number;
  /** w:lvlRestart: restart after a use of a level above this one (1-based); 0 never; undefined: after any higher level. */
  restartAfter?: number;
  legal: boolean;
  /** The paragraph style linked to this level. */
  styleId?: string;
}

interface NumInstance {
  abstractId: string;
  starts: Map<number, number>;
  levels: Map<number, Level>;
}

const MAX_LEVELS = 9;

export class NumberingDefinitions {
  readonly abstracts = new Map<string, Level[]>();
  readonly nums = new Map<string, NumInstance>();

  constructor(doc: Document | null) {
    if (!doc) return;
    for (const abstract of wDescendants(doc, 'abstractNum')) {
      const id = wAttr(abstract, 'abstractNumId');
      if (id === undefined) continue;
      const levels: Level[] = [];
      for (const lvl of wChildren(abstract, 'lvl')) {
        const index = intOr(wAttr(lvl, 'ilvl'), levels.length);
        if (index >= 0 && index < MAX_LEVELS) levels[index] = readLevel(lvl);
      }
      this.abstracts.set(id, levels);
    }
    for (const num of wDescendants(doc, 'num')) {
      const id = wAttr(num, 'numId');
      const abstractId = wVal(num, 'abstractNumId');
      if (id === undefined || abstractId === undefined) continue;
      const instance: NumInstance = { abstractId, starts: new Map(), levels: new Map() };
      for (const override of wChildren(num, 'lvlOverride')) {
        const index = intOr(wAttr(override, 'ilvl'), -1);
        if (index < 0 || index >= MAX_LEVELS) continue;
        const start = wVal(override, 'startOverride');
        if (start !== undefined) instance.starts.set(index, intOr(start, 1));
        const lvl = wChild(override, 'lvl');
        if (lvl) instance.levels.set(index, readLevel(lvl));
      }
      this.nums.set(id, instance);
    }
  }

  /** The list and level a paragraph style is linked to through a level's w:pStyle. */
  levelOfStyle(styleId: string): number | undefined {
    for (const levels of this.abstracts.values()) {
      const index = levels.findIndex((l) => l?.styleId === styleId);
      if (index >= 0) return index;
    }
    return undefined;
  }
}

function readLevel(lvl: Element): Level {
  const restart = wVal(lvl, 'lvlRestart');
  return {
    format: wVal(lvl, 'numFmt') ?? 'decimal',
    text: wVal(lvl, 'lvlText') ?? '',
    start: intOr(wVal(lvl, 'start'), 1),
    ...(restart !== undefined ? { restartAfter: intOr(restart, 0) } : {}),
    legal: wChild(lvl, 'isLgl') !== null && wVal(lvl, 'isLgl') !== '0' && wVal(lvl, 'isLgl') !== 'false',
    ...(wVal(lvl, 'pStyle') !== undefined ? { styleId: wVal(lvl, 'pStyle')! } : {}),
  };
}

/** Counts the numbered paragraphs of one document in order and writes each one's number. */
export class NumberingCounter {
  private readonly counters = new Map<string, Array<number | undefined>>();
  private readonly startedNums = new Set<string>();

  constructor(private readonly definitions: NumberingDefinitions) {}

  /**
   * The number Word shows before the next paragraph of list numId at level ilvl ("4.1.", «а)»);
   * null for a bullet, an unnumbered level or a list that is not defined (its paragraph is left
   * as it is).
   */
  next(numId: string, ilvl: number): string | null {
    const num = this.definitions.nums.get(numId);
    if (!num) return null;
    const abstract = this.definitions.abstracts.get(num.abstractId);
    if (!abstract) return null;
    const levelAt = (i: number): Level | undefined => num.levels.get(i) ?? abstract[i];
    const level = levelAt(ilvl);
    if (!level || formatCounter(1, level.format) === null) return null;
    let counters = this.counters.get(num.abstractId);
    if (!counters) this.counters.set(num.abstractId, (counters = []));
    if (!this.startedNums.has(numId)) {
      // A list that overrides its start begins again from there (Word's "Restart numbering").
      this.startedNums.add(numId);
      // A level above the one that starts the list shows its start value ("1.1.", not "0.1.").
      for (const [i, start] of [...num.starts].sort((a, b) => a[0] - b[0])) counters[i] = i < ilvl ? start : start - 1;
      for (let d = ilvl + 1; d < MAX_LEVELS; d++) if (!num.starts.has(d)) counters[d] = undefined;
    }
    const current = counters[ilvl];
    counters[ilvl] = current === undefined ? level.start : current + 1;
    for (let d = ilvl + 1; d < MAX_LEVELS; d++) {
      const deeper = levelAt(d);
      const restartAfter = deeper?.restartAfter;
      if (restartAfter === undefined || (restartAfter !== 0 && ilvl < restartAfter)) counters[d] = undefined;
    }
    return level.text.replace(/%([1-9])/g, (_, k: string) => {
      const i = Number(k) - 1;
      const named = levelAt(i);
      // A level skipped on the way down shows its start value.
      const value = counters![i] ?? named?.start ?? 1;
      return formatCounter(value, level.legal ? 'decimal' : (named?.format ?? 'decimal')) ?? '';
    });
  }
}
