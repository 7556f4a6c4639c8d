// The shape of a jurisdiction profile (profiles/<id>.yaml): what one law requires a privacy policy
// to state, item by item, with the citation, how the engine recognises the item by meaning, how
// sure the law is that the item applies, and what to insert when it is missing. Lawyers read and
// extend these files; scripts/build-data.mjs compiles them to generated/<id>.ts.
import type { Lang, SectionKind, Severity } from '../types.js';
import type { PhrasesByLanguage } from '../extract/vocabulary/types.js';

/** A text in every interface language. */
export type Text3 = Record<Lang, string>;

/** Facts found in the text by their form rather than their words (see extract/requirements/facts.ts). */
export const FACT_KINDS = [
  'email',
  'phone',
  'postal-address',
  'contact-form',
  'legal-entity',
  'bin',
  /** An individual entrepreneur named as the operator: not a legal entity. */
  'individual-operator',
  'update-date',
] as const;
export type FactKind = (typeof FACT_KINDS)[number];

/**
 * When an item is required:
 * - `always`: every policy under the law must state it;
 * - `where-applicable`: only in a situation the text cannot show (a DPO where one is appointed):
 *   reported at the item's (low) severity, with the condition in the message;
 * - `when-mentioned`: only when the text shows the situation (its `triggers`); otherwise the item
 *   does not apply and nothing is reported;
 * - `duty`: a duty at the time of processing, not a statement of the policy: listed in the
 *   checklist for a person to check, never reported.
 */
export type Applicability = 'always' | 'where-applicable' | 'when-mentioned' | 'duty';

export interface ProfileItem {
  /** Stable id: the requirement is `<profile>:<id>` in diagnostics and the checklist. */
  id: string;
  /** What the policy must state, as a noun phrase that completes "the policy does not state …". */
  name: Text3;
  /** The short name a checklist row shows, whole in a default sidebar (at most 22 characters). */
  label: Text3;
  /**
   * The article, paragraph and sub-paragraph, only where the catalogue marks the citation as read
   * in a source (✅); otherwise absent, and messages name the law without an article.
   */
  article?: Text3;
  /** The law cited, when it is not the profile's (CalOPPA inside the California profile). */
  law?: Text3;
  /** The catalogue entry this item rests on (shared/law/requirements.md), for maintainers. */
  basis: string;
  /** When the law text behind this item was last checked (overrides the profile's date). */
  checked?: string;
  severity: Severity;
  applies?: Applicability;
  /** What the law supplies when the policy does not state the item (a default term), told in the message. */
  unstated?: Text3;
  /** For `where-applicable` and `when-mentioned` items: the situation, completing "only …". */
  condition?: Text3;
  /** For `when-mentioned` items: phrases that show the situation applies. */
  triggers?: PhrasesByLanguage;
  /** Sections or clauses of these kinds state the item. */
  kinds?: SectionKind[];
  /** Phrases that state the item, in a heading or in a clause anywhere. */
  phrases?: PhrasesByLanguage;
  /** Phrases that state the item only when they are a heading ("Contacts"). */
  headings?: PhrasesByLanguage;
  /** Facts whose presence states the item (an e-mail address states how to contact the operator). */
  facts?: FactKind[];
  /**
   * Facts that show the item does not bind this operator (an individual entrepreneur need not
   * appoint what the law asks of legal entities): the item is then `not-applicable`, with `condition`
   * saying when it is required.
   */
  exemptBy?: FactKind[];
  /**
   * Facts that identify the operator in law (a name with its legal form, a BIN, an individual
   * entrepreneur): without one of them or one of the item's own phrases, a section or clause of
   * the item's kinds ("Contacts", "X is the operator") names the operator by a brand at most. The
   * item is then not stated, and reported at information level, saying what was read.
   */
  identifiedBy?: FactKind[];
  /** The section kind whose place in the profile's `order` the item takes when inserted. */
  position: SectionKind;
  /** Heading and placeholder paragraph inserted by the suggestion, in the document's language (none for duties). */
  heading?: Text3;
  placeholder?: Text3;
  /** The clause of the clause library that supplies the item. */
  clause: string;
  /**
   * What must stand beside a statement of the item for it to count: words of one of these phrase
   * families (vocabulary/*.yaml) in the statement's section (a ground) or its sentence (`none`, a
   * plain "no"). A statement without them is a claim: the item is reported as missing, quoting the
   * claim and what it lacks (`need` completes "but not …").
   */
  grounds?: { families: string[]; none?: string[]; need: Text3 };
  /**
   * Statements that use the item's words but say the opposite, and so do not state it (see
   * requirements/refutations.ts): `storage-abroad`, a sentence that keeps the data abroad ("our
   * servers are located in Germany"), does not state storage in Kazakhstan.
   */
  refutedBy?: Array<'storage-abroad'>;
  /**
   * Phrase families of services operated abroad for this law (vocabulary/foreign-services.yaml):
   * a clause that sends personal data to one of them shows a transfer abroad, and the item, when
   * missing, is reported quoting that clause (extract/foreign-services.ts).
   */
  servicesAbroad?: string[];
  /**
   * Transfer instruments a court invalidated (extract/laws/invalid-instruments.ts): where the policy
   * rests a transfer on one and the item is missing, the finding quotes it and says it is void.
   */
  voidInstruments?: Array<'privacy-shield' | 'safe-harbor'>;
  /**
   * The one right of the subject the item is (rights.yaml `right-<id>`): a bare label of it in a
   * list under a heading on the subject's rights ("Deletion") states it (requirements/rights-labels.ts).
   */
  right?:
    'access' | 'rectification' | 'erasure' | 'blocking' | 'objection' | 'portability' | 'withdrawal' | 'complaint';
  /** Another rule that reports this gap in its own words; this item then stays silent. */
  deferTo?: string;
}

export interface ProfileFile {
  /** The jurisdiction id used in front matter and configuration: kz, gdpr, ru, ccpa. */
  id: string;
  /** The law's short name, put before article numbers: "Law 94-V". */
  law: Text3;
  /** The shortest name, for the checklist's row of the law (at most 22 characters): "Law 152-FZ". */
  label: Text3;
  /** The law's full title. */
  title: Text3;
  /** When the law text behind the profile was last checked, and against what. */
  checked: string;
  source: string;
  /** The usual order of a policy's sections, for placing an inserted one. */
  order: SectionKind[];
  items: ProfileItem[];
}
