// missing-section: an item the policy's laws require is not stated anywhere in it.
// What it checks: for each jurisdiction the policy answers to (front matter, configuration, or
// the laws any of its language versions cites) and each item of that jurisdiction's profile
// (profiles/<id>.yaml): is the item stated, under any heading or in a clause anywhere, in any
// language version? The verdict is the policy's, so every version reports the same items (a
// version that lacks a clause the others have is untranslated-clause's finding). One
// finding per missing item, on the heading of the section it belongs after (or before), else on
// the policy's title, naming the item and its citation; a
// suggestion inserts a heading and a template paragraph where the profile's usual order puts it.
// Items the law requires only in some situations are reported at a lower severity with the
// condition in the message, or only when the text shows the situation. An item that needs a ground
// beside it (cross-border transfer under Law 94-V) and is only named without one is reported too,
// quoting the words read: "servers may be located outside Kazakhstan" is not a transfer statement.
// An item the law supplies when it is unstated (a default term) says what the default is.
// Storage in Kazakhstan (Law 94-V Art. 12 p.2) missing where the text keeps the data abroad (servers
// in a named country, a foreign cloud region) quotes that statement: the policy says the opposite.
// Cross-border transfer missing where a clause sends personal data to a named service operated
// abroad (Google Analytics, Telegram, amoCRM: the item's `servicesAbroad`) quotes that clause: the
// policy makes a transfer it does not describe.
// A missing transfers item where the policy rests a transfer on an instrument a court invalidated
// (the EU-US Privacy Shield: Schrems II) quotes that sentence and says the instrument is void.
// Legal source: the profiles (Law 94-V, GDPR Art. 13/14, 152-FZ, CCPA); see docs/rules/missing-section.md.
// With no law known (nothing set, none applied in the text), the core items every law above asks
// for (profiles/core.yaml) are checked instead, at warning or info, the message saying so.
// Options: `ignore`: requirement ids ("kz:operator-bin") or whole profiles ("ccpa"; "core" turns the
// check without a law off) to leave out.
import { defineRule } from './framework.js';
import { policyStatusSteps } from '../extract/requirements/policy.js';
import { insertSuggestion, partTitle, placeItem } from '../extract/requirements/placement.js';
import { policyParts, type PolicyPart } from '../extract/requirements/parts.js';
import { jurisdictionNotice } from '../extract/jurisdictions/notices.js';
import { libraryFor } from '../clauses/index.js';
import { rightsFragment, rightsInPart, type RightsFragment } from '../extract/requirements/rights.js';
import { lexicon, type Lexicon } from '../extract/vocabulary/lexicon.js';
import { inEveryLanguage } from '../extract/jurisdictions/describe.js';
import { render } from '../i18n/render.js';
import { storedAbroad } from '../extract/storage-abroad.js';
import { serviceAbroad } from '../extract/foreign-services.js';
import { invalidInstruments } from '../extract/laws/invalid-instruments.js';
import { sentenceBounds } from '../extract/jurisdictions/sentences.js';
import { sentencesOf, whole, type Statement } from '../extract/statement-sentences.js';
import type { Steps } from '../extract/steps.js';
import type { PolicyStatus } from '../extract/requirements/policy.js';
import {
  applicability,
  citationOf,
  CORE_PROFILE,
  itemKind,
  requirementId,
  type CompiledProfile,
  type ProfileItem,
} from '../profiles/index.js';
import type { PolicyDocument } from '../model/document.js';
import type { ResolvedConfig } from '../config/types.js';
import type { Span } from '../types.js';
import type { RuleContext } from './framework.js';

interface Options {
  ignore: string[];
}

/** The policy's title in this part, else its first line: where a lawyer looks for what the whole policy lacks. */
export function findingSpan(doc: PolicyDocument, part: PolicyPart, words?: Lexicon): Span {
  const title = partTitle(doc, part, words);
  const heading = title?.heading ?? doc.blocks.slice(part.firstBlock, part.endBlock).find((b) => b.type === 'heading');
  if (heading) return { start: heading.start, end: heading.end };
  const first = doc.blocks
    .slice(part.firstBlock, part.endBlock)
    .find((b) => b.type === 'paragraph' || b.type === 'tableCell');
  if (!first) return { start: part.span.start, end: part.span.start };
  const lineEnd = doc.text.indexOf('\n', first.start);
  return { start: first.start, end: lineEnd === -1 || lineEnd > first.end ? first.end : lineEnd };
}

/**
 * One information finding on the title when the laws cannot be checked as they stand: the
 * language is not read, no law is set or applied, or the laws are a guess. Returns what to check
 * next: the laws' items, the core items (no law, and the core profile not ignored), or nothing.
 */
function reportNotice(context: RuleContext<Options>, ignore: ReadonlySet<string>): 'laws' | 'core' | 'none' {
  const notice = jurisdictionNotice(context.doc, context.policyJurisdictions);
  if (!notice) return 'laws';
  const core = notice.messageId === 'no-jurisdiction' && !ignore.has(CORE_PROFILE.id);
  const first = policyParts(context.doc).parts[0];
  const span = first
    ? findingSpan(context.doc, first, lexicon(context.config.vocabulary))
    : { start: context.doc.bodyStart, end: context.doc.bodyStart };
  context.report({
    messageId: core ? 'no-jurisdiction-core' : notice.messageId,
    data: notice.data,
    span,
    severity: 'info',
    ...(notice.suggest.length > 0 ? { suggest: notice.suggest } : {}),
  });
  return notice.checkItems ? 'laws' : core ? 'core' : 'none';
}

/**
 * The rights, named in every language as a list of that language: granted ones joined by "and",
 * left-out ones by "or" (they follow "but not").
 */
function rightNames(
  rights: RightsFragment['found'],
  type: 'conjunction' | 'disjunction' = 'conjunction',
): ReturnType<typeof inEveryLanguage> {
  return inEveryLanguage((lang) =>
    new Intl.ListFormat(lang, { type }).format(rights.map((r) => render({ id: `rights/${r}` }, lang))),
  );
}

/** One level lower: what is stated in part weighs less than what is not stated. */
const LOWER = { error: 'warning', warning: 'info', info: 'info' } as const;

/**
 * A rights section that grants neither access nor erasure: reported as the item not stated, naming
 * what it grants. One that grants access or erasure but not all of access, correction and erasure:
 * reported one level lower, naming what it grants and what it leaves out.
 */
function reportFragment(
  context: RuleContext<Options>,
  policy: PolicyStatus,
  profile: CompiledProfile,
  item: ProfileItem,
  part: PolicyPart,
): void {
  const requirement = requirementId(profile.id, item.id);
  const words = lexicon(context.config.vocabulary);
  const fragment = rightsFragment(policy, requirement, words);
  const partial = fragment ? null : rightsInPart(policy, requirement, words);
  if (!fragment && !partial) return;
  const found = rightNames((fragment ?? partial)!.found);
  const evidence = policy.versions
    .find((v) => v.doc === context.doc && v.part.index === part.index)
    ?.items.get(requirement)?.evidence[0];
  context.report({
    messageId: fragment ? 'rights-fragment' : 'rights-partial',
    data: {
      citation: citationOf(profile, item),
      item: item.name,
      requirement,
      found,
      ...(partial ? { missing: rightNames(partial.missing, 'disjunction') } : {}),
    },
    span: evidence?.span ?? findingSpan(context.doc, part, words),
    severity: fragment ? item.severity : LOWER[item.severity],
    facts: { section: itemKind(item), requirement },
  });
}

function enabled(config: ResolvedConfig, ruleId: string): boolean {
  const setting = config.rules.get(ruleId);
  return setting !== undefined && setting.level !== 'off';
}

export default defineRule<Options>({
  id: 'missing-section',
  meta: {
    docs: {
      description: {
        en: 'An item the policy’s laws require (Law 94-V, GDPR Art. 13/14, 152-FZ, CCPA) is not stated anywhere in the policy.',
        ru: 'Сведения, которых требуют применимые законы (Закон № 94-V, GDPR ст. 13/14, 152-ФЗ, CCPA), нигде в политике не указаны.',
        kk: 'Қолданылатын заңдар талап ететін мәлімет (№ 94-V Заң, GDPR 13/14-баптар, 152-ФЗ, CCPA) саясаттың еш жерінде көрсетілмеген.',
      },
      legal: [
        'Law 94-V, Art. 8 p.4, Art. 12, Art. 16, Art. 19-1, Art. 24, Art. 25',
        'GDPR Art. 13, Art. 14',
        'Federal Law No. 152-FZ',
        'CCPA §1798.100–.135',
      ],
    },
    defaultSeverity: 'error',
    fixable: false,
    hasSuggestions: true,
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        ignore: {
          type: 'array',
          items: { type: 'string' },
          default: [],
          description: 'Requirements ("kz:operator-bin") or whole profiles ("ccpa") not to report.',
        },
      },
    },
    messages: [
      'missing',
      'missing-where-applicable',
      'missing-when-mentioned',
      'missing-ungrounded',
      'missing-unstated',
      'missing-stored-abroad',
      'missing-service-abroad',
      'missing-recipient-abroad',
      'missing-void-instrument',
      'missing-brand',
      'missing-unidentified',
      'insert',
      'insert-unnumbered',
      'belongs-after',
      'belongs-before',
      'missing-core',
      'rights-fragment',
      'rights-partial',
      'no-jurisdiction',
      'no-jurisdiction-core',
      'guessed-jurisdiction',
      'guessed-jurisdiction-cited',
      'language-not-read',
      'set-jurisdictions',
    ],
    scope: 'document',
  },
  *check(context) {
    const { doc, config, vocabulary } = context;
    const ignore = new Set((context.options.ignore ?? []).map((id) => id.trim().toLowerCase()));
    const check = reportNotice(context, ignore);
    if (check === 'none') return;
    // The policy's verdict, the same in every language version (see requirements/policy.ts); with
    // no law known, the verdict on the core items every law asks for.
    const policy = yield* policyStatusSteps(doc, config, context.group, check === 'core');
    let abroadQuote: { text: string | undefined } | undefined;
    const serviceQuotes = new Map<string, ServiceQuote | undefined>();
    for (const { profile, parts } of policy.own.profiles) {
      if (ignore.has(profile.id)) continue;
      for (const { part } of parts) {
        for (const item of profile.items) {
          const requirement = requirementId(profile.id, item.id);
          const state = policy.verdicts.get(requirement);
          if (ignore.has(requirement) || (item.deferTo && enabled(config, item.deferTo))) continue;
          // An item a rights section states as a whole (not CCPA's one item per right) may be a fragment.
          if (state?.status === 'satisfied' && item.kinds?.includes('rights')) {
            reportFragment(context, policy, profile, item, part);
            continue;
          }
          if (state?.status !== 'missing') continue;
          const applies = applicability(item);
          const words = lexicon(config.vocabulary);
          const placement = placeItem(doc, part, profile, item, vocabulary, libraryFor(config), words);
          const suggestion = insertSuggestion(placement);
          // A claim without its ground ("servers may be located outside Kazakhstan") is quoted.
          const claim = item.grounds && state.claim ? state.claim : undefined;
          // Read once per document: a file of many language parts asks for it in every part.
          const abroad = storesAbroad(profile, item)
            ? (abroadQuote ??= { text: yield* storageAbroadQuote(doc, words) }).text
            : undefined;
          // Read once per document and list of services, as the storage abroad above.
          const services = item.servicesAbroad ?? [];
          const key = services.join(' ');
          if (!claim && services.length > 0 && !serviceQuotes.has(key))
            serviceQuotes.set(key, yield* serviceAbroadQuote(doc, services, words));
          const service = claim ? undefined : serviceQuotes.get(key);
          const instrument = claim ? undefined : voidInstrumentQuote(doc, item, words);
          // The operator spoken of without a legal form or BIN: told what was read, as advice.
          const unidentified = item.identifiedBy ? state.unidentified : undefined;
          const messageId = unidentified
            ? unidentified.name
              ? 'missing-brand'
              : 'missing-unidentified'
            : check === 'core'
              ? 'missing-core'
              : claim
                ? 'missing-ungrounded'
                : abroad
                  ? 'missing-stored-abroad'
                  : instrument
                    ? 'missing-void-instrument'
                    : service
                      ? service.recipient
                        ? 'missing-recipient-abroad'
                        : 'missing-service-abroad'
                      : state.trigger
                        ? 'missing-when-mentioned'
                        : applies === 'where-applicable'
                          ? 'missing-where-applicable'
                          : item.unstated
                            ? 'missing-unstated'
                            : 'missing';
          context.report({
            messageId,
            data: {
              citation: citationOf(profile, item),
              item: item.name,
              requirement,
              ...(item.condition ? { condition: item.condition } : {}),
              ...(item.unstated ? { unstated: item.unstated } : {}),
              ...(state.trigger ? { trigger: state.trigger.text } : {}),
              ...(claim && item.grounds ? { claim: claim.text, need: item.grounds.need } : {}),
              ...(abroad ? { claim: abroad } : {}),
              ...(service ? { service: service.service, claim: service.claim } : {}),
              ...(instrument ? { instrument: instrument.name, claim: instrument.claim } : {}),
              ...(unidentified ? { name: unidentified.name ?? '', place: unidentified.place } : {}),
            },
            // Where the item belongs (the place the checklist's ✗ leads to), so that the findings
            // do not stack on the title; the title only when no section gives a place.
            // An operator named without a legal form: on the words read, where the name is to be completed.
            span: unidentified?.doc === doc ? unidentified.span : (placement.anchor ?? findingSpan(doc, part, words)),
            severity: unidentified ? 'info' : item.severity,
            facts: { section: itemKind(item), requirement },
            ...(placement.anchor
              ? {
                  related: [
                    {
                      span: placement.anchor,
                      message: {
                        id: placement.before ? 'missing-section/belongs-before' : 'missing-section/belongs-after',
                      },
                    },
                  ],
                }
              : {}),
            ...(suggestion ? { suggest: [suggestion] } : {}),
          });
        }
      }
    }
  },
});

/** Law 94-V's storage in Kazakhstan: the one item a statement of storage abroad speaks against. */
function storesAbroad(profile: CompiledProfile, item: ProfileItem): boolean {
  return profile.id === 'kz' && (item.kinds?.includes('localisation') ?? false);
}

/** The longest quoted statement of storage abroad before it is cut. */
const MAX_ABROAD_QUOTE = 160;

/** A clause that sends data to a service run abroad: the service's name and the clause, shortened. */
interface ServiceQuote {
  service: string;
  claim: string;
  recipient: boolean;
}

/**
 * The policy's first sentence that rests a transfer on an instrument the item lists as void (the
 * Privacy Shield), if any: the instrument's name and judgment in every language, and the sentence.
 */
function voidInstrumentQuote(
  doc: PolicyDocument,
  item: ProfileItem,
  words: Lexicon,
): { name: ReturnType<typeof inEveryLanguage>; claim: string } | undefined {
  const listed = item.voidInstruments ?? [];
  if (listed.length === 0) return undefined;
  const cited = invalidInstruments(doc.blocks, words).find((c) => listed.includes(c.instrument));
  if (!cited) return undefined;
  const [start, end] = sentenceBounds(cited.block.text).find(([s, e]) => s <= cited.start && cited.start < e) ?? [
    cited.start,
    cited.end,
  ];
  return {
    name: inEveryLanguage((lang) => render({ id: `instruments/${cited.instrument}` }, lang)),
    claim: shortQuote(whole({ block: cited.block, start, text: cited.block.text.slice(start, end) })),
  };
}

/** A statement's words, on one line, cut at a word when long. */
function shortQuote(act: Statement): string {
  const text = act.block.text.slice(act.start, act.end).replace(/\s+/g, ' ').trim();
  if (text.length <= MAX_ABROAD_QUOTE) return text;
  const cut = text.lastIndexOf(' ', MAX_ABROAD_QUOTE);
  return `${text.slice(0, cut > 0 ? cut : MAX_ABROAD_QUOTE)}…`;
}

/** The policy's first clause that sends personal data to a service of these families (run abroad), if any. */
function* serviceAbroadQuote(
  doc: PolicyDocument,
  services: readonly string[],
  words: Lexicon,
): Steps<ServiceQuote | undefined> {
  const use = yield* serviceAbroad(sentencesOf(doc), services, words);
  return use ? { service: use.service, claim: shortQuote(use.act), recipient: use.recipient } : undefined;
}

/**
 * For Law 94-V's storage in Kazakhstan, the policy's own statement that the data are kept abroad,
 * as written (shortened), if it makes one. The abroad vocabulary reads places outside Kazakhstan,
 * so no other law's localisation item is read so.
 */
function* storageAbroadQuote(doc: PolicyDocument, words: Lexicon): Steps<string | undefined> {
  const act = yield* storedAbroad(sentencesOf(doc), words);
  return act ? shortQuote(act) : undefined;
}
