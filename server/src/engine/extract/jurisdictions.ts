// Which laws a policy answers to. A person decides first: the front matter (`jurisdictions:` in
// any language version of the policy), then the configuration (`.pplintrc.json`, the
// `pplint.jurisdictions` setting, `--jurisdiction`). Otherwise the text decides: the laws it
// applies by name, number or body, in English, Russian and Kazakh ("No. 94-V", «О персональных
// данных и их защите», "Regulation (EU) 2016/679", "152-ФЗ", "CCPA"), or "the legislation of the
// Republic of Kazakhstan". A law said not to apply does not count, and a law named only in passing
// (a condition, a comparison, another country's regime for transfers) is a mention, not checked.
// When no law is applied, signs of the country (its name, cities, currency, BIN, .kz addresses,
// Kazakh text) may make a guess, which is marked as one. The versions of one policy share the
// verdict. The words are in vocabulary/jurisdictions.yaml.
import type { PolicyDocument } from '../model/document.js';
import type { ResolvedConfig } from '../config/types.js';
import type { VersionGroup } from '../model/version-group.js';
import { lexicon } from './vocabulary/lexicon.js';
import {
  decide,
  KNOWN_JURISDICTIONS,
  readDocument,
  type Evidence,
  type JurisdictionCitation,
} from './jurisdictions/decide.js';
import { readBlock } from './jurisdictions/signals.js';
import { stepEnds, type Steps } from './steps.js';

export { KNOWN_JURISDICTIONS, type Evidence as JurisdictionEvidence, type JurisdictionCitation };

export interface Jurisdictions {
  list: string[];
  /** `guessed`: no law is named, the signs of a country decided; the list is checked but shown as a guess. */
  source: 'front-matter' | 'configuration' | 'detected' | 'guessed' | 'none';
  /** Every law the text names, with how its sentence names it. */
  citations: JurisdictionCitation[];
  /** What decided the list when the text did: the laws applied, or the signs of a guess (a few, strongest first). */
  evidence: Evidence[];
  /** Laws named only in passing and not in the list (the first mention of each): shown, not checked. */
  mentioned: Evidence[];
  /** Signs of a country pplint has no profile for, when no law was found or they kept a guess away. */
  foreign: Evidence[];
  /** For a guess: the laws of the list the text names only in passing (the first mention of each). */
  citedInPassing?: Evidence[];
  /** Set ids that no profile knows (a typo in the front matter or the configuration). */
  unknown: string[];
}

const ALIASES: Record<string, string> = {
  kazakhstan: 'kz',
  kaz: 'kz',
  '94-v': 'kz',
  eu: 'gdpr',
  'eu-gdpr': 'gdpr',
  russia: 'ru',
  rf: 'ru',
  '152-fz': 'ru',
  california: 'ccpa',
  cpra: 'ccpa',
  'us-ca': 'ccpa',
};

/** The profile id for a jurisdiction as a person may write it ("EU" → gdpr, "Kazakhstan" → kz). */
export function normalizeJurisdiction(id: string): string {
  const key = id.trim().toLowerCase();
  return ALIASES[key] ?? key;
}

/** The laws one document answers to, read alone (no other language versions). */
export function jurisdictionsOf(doc: PolicyDocument, config: ResolvedConfig): Jurisdictions {
  return policyJurisdictions(doc, config, null);
}

/**
 * The laws a policy answers to: a property of the policy, shared by its language versions. With a
 * group, the front matter of any version counts, and the texts of all versions are read together.
 */
/**
 * Each block's reading of laws and signs of a country (cached with the block), made a few blocks
 * per step ahead of `policyJurisdictions`, which then only gathers them.
 */
export function* lawReadingSteps(doc: PolicyDocument, config: ResolvedConfig): Steps<void> {
  const vocabulary = lexicon(config.vocabulary);
  for (const block of doc.blocks) {
    readBlock(block, vocabulary);
    if (stepEnds(block.index)) yield;
  }
}

export function policyJurisdictions(
  doc: PolicyDocument,
  config: ResolvedConfig,
  group: VersionGroup | null | undefined,
): Jurisdictions {
  const docs = [doc];
  for (const m of group?.members ?? []) if (!docs.some((d) => d === m.doc || d.uri === m.doc.uri)) docs.push(m.doc);
  const vocabulary = lexicon(config.vocabulary);
  const readings = docs.map((d) => readDocument(d, vocabulary));
  const citations = readings.flatMap((r) => r.citations);
  const fromFrontMatter = docs
    .filter((d) => d.frontMatter.jurisdictions !== undefined)
    .flatMap((d) => d.frontMatter.jurisdictions!);
  const anySet = docs.some((d) => d.frontMatter.jurisdictions !== undefined);
  const set = anySet ? fromFrontMatter : config.jurisdictions;
  if (set) {
    const list = [...new Set(set.map(normalizeJurisdiction))];
    const unknown = list.filter((j) => !(KNOWN_JURISDICTIONS as readonly string[]).includes(j));
    return {
      list,
      source: anySet ? 'front-matter' : 'configuration',
      citations,
      evidence: [],
      mentioned: [],
      foreign: [],
      unknown,
    };
  }
  const decision = decide(readings);
  return { ...decision, citations, unknown: [] };
}
