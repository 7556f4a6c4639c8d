// Which laws a policy answers to: its front matter, else the configuration, else the laws its
// text cites, by name, number or body, in English, Russian and Kazakh ("No. 94-V",
// «О персональных данных и их защите», «Дербес деректер және оларды қорғау туралы»,
// "Regulation (EU) 2016/679", "152-ФЗ", "CCPA"). A citation in a sentence that says the law does
// not apply ("the GDPR does not apply to us") does not count. A policy governed by "the legislation
// of the Republic of Kazakhstan" answers to Law 94-V even when it never names the Law.
import type { PolicyDocument, Block } from '../model/document.js';
import type { ResolvedConfig } from '../config/types.js';

export const KNOWN_JURISDICTIONS = ['kz', 'gdpr', 'ru', 'ccpa'] as const;

export interface JurisdictionCitation {
  jurisdiction: string;
  block: Block;
  /** Indices into the block's text. */
  start: number;
  end: number;
  /** `law`: the law, its number or its body is named; `indirect`: only "the legislation of the country". */
  strength: 'law' | 'indirect';
  /** The sentence says the law does not apply. */
  negated: boolean;
}

export interface Jurisdictions {
  list: string[];
  source: 'front-matter' | 'configuration' | 'detected' | 'none';
  citations: JurisdictionCitation[];
  /** Set ids that no profile knows (a typo in the front matter or the configuration). */
  unknown: string[];
}

type Pattern = [jurisdiction: string, strength: JurisdictionCitation['strength'], pattern: RegExp];

// Each `law` pattern names one law unmistakably; a bare "personal data law" names none.
const CITES: Pattern[] = [
  ['kz', 'law', /(?:№|No\.?)\s*94-[VВ](?![\p{L}\d])|(?<![\d-])94-[VВ]\s+(?:Law|Заң\p{L}*|ЗРК|ҚРЗ|закон\p{L}*)/giu],
  ['kz', 'law', /On\s+Personal\s+Data\s+and\s+(?:Their|its)\s+Protection|О\s+персональных\s+данных\s+и\s+их\s+защите|Дербес\s+деректер\s+(?:және|жəне)\s+оларды\s+қорғау\s+туралы/giu],
  ['kz', 'law', /Закон\p{L}*\s+(?:РК|Республики\s+Казахстан)\s+(?:от\s+[^«"]{0,30})?[«"]О\s+персональных\s+данных|Law\s+of\s+the\s+Republic\s+of\s+Kazakhstan\s+(?:dated\s+[^"“«]{0,30})?["“«]?On\s+personal\s+data/giu],
  ['kz', 'law', /(?:legislation|laws?)\s+of\s+the\s+Republic\s+of\s+Kazakhstan\s+on\s+personal\s+data|законодательств\p{L}*\s+Республики\s+Казахстан\s+о\s+персональных\s+данных|Қазақстан\s+Республикасының\s+дербес\s+деректер\s+(?:және\s+оларды\s+қорғау\s+)?туралы\s+заңнама\p{L}*/giu],
  ['kz', 'law', /395\/(?:NK|НК|НҚ)|Rules\s+for\s+the\s+Collection\s+and\s+Processing\s+of\s+Personal\s+Data|Правил\p{L}*\s+сбора\s+и\s+обработки\s+персональных\s+данных|Дербес\s+деректерді\s+жинау,?\s+өңдеу\s+қағидалары/giu],
  ['kz', 'indirect', /(?:legislation|laws?)\s+of\s+the\s+Republic\s+of\s+Kazakhstan|законодательств\p{L}*\s+Республики\s+Казахстан|Қазақстан\s+Республикасының\s+(?:қолданыстағы\s+)?заңнама\p{L}*/giu],
  ['gdpr', 'law', /\bGDPR\b|Regulation\s+\(EU\)\s+2016\/679|General\s+Data\s+Protection\s+Regulation|European\s+Data\s+Protection\s+Board|\bEDPB\b/gu],
  ['gdpr', 'law', /Регламент\p{L}*\s+\(ЕС\)\s+2016\/679|Общ\p{L}*\s+регламент\p{L}*\s+(?:ЕС\s+)?по\s+защите\s+(?:персональных\s+)?данных|\(ЕО\)\s+2016\/679|Деректерді\s+қорғаудың\s+жалпы\s+регламент\p{L}*/giu],
  ['ru', 'law', /(?<!\d)152-(?:ФЗ|FZ)(?![\p{L}])|Federal\s+Law\s+(?:No\.?\s*)?152(?!\d)|Федеральн\p{L}*\s+закон\p{L}*\s+(?:от\s+27\.07\.2006\s+(?:г\.\s+)?)?(?:№\s*)?152(?!\d)|Федеральн\p{L}*\s+закон\p{L}*\s+«О\s+персональных\s+данных»|Роскомнадзор\p{L}*|Roskomnadzor/giu],
  ['ccpa', 'law', /\bCCPA\b|\bCPRA\b|California\s+Consumer\s+Privacy\s+Act|California\s+Privacy\s+Rights\s+Act|California\s+Privacy\s+Protection\s+Agency|Cal\.?\s*Civ\.?\s*Code\s*§?\s*1798|§\s*1798\.1\d\d|\b1798\.1\d\d\b/gu],
  ['ccpa', 'law', /Закон\p{L}*\s+Калифорни\p{L}*\s+о\s+(?:защите\s+)?(?:конфиденциальности|прав\p{L}*)\s+потребител\p{L}*|Калифорния\p{L}*\s+тұтынушылар\p{L}*\s+құпиялылығ\p{L}*/giu],
];

// "…does not apply", "is not subject to", «не распространяется», «не подпадает», «қолданылмайды».
const NEGATION = /\b(?:does|do|shall|will|would)\s+not\s+(?:apply|govern|cover)|\b(?:doesn['’]t|don['’]t)\s+apply|\b(?:is|are)\s+not\s+(?:subject|governed|covered|applicable|bound)|\bnot\s+(?:subject\s+to|applicable\s+to|governed\s+by)|\boutside\s+(?:the\s+)?scope\s+of|\binapplicable\b|\bno\s+longer\s+appl|не\s+(?:распространя|применя|подпада|регулиру|подлеж|действу)\p{L}*|не\s+является\s+(?:субъектом|объектом)|қолданылмайды|қолданылмайтын|таралмайды|қатысы\s+жоқ|реттелмейді/iu;

const ALIASES: Record<string, string> = {
  kazakhstan: 'kz', kaz: 'kz', '94-v': 'kz', eu: 'gdpr', 'eu-gdpr': 'gdpr', russia: 'ru', rf: 'ru', '152-fz': 'ru', california: 'ccpa', cpra: 'ccpa', 'us-ca': 'ccpa',
};

/** The profile id for a jurisdiction as a person may write it ("EU" → gdpr, "Kazakhstan" → kz). */
export function normalizeJurisdiction(id: string): string {
  const key = id.trim().toLowerCase();
  return ALIASES[key] ?? key;
}

function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(0, start);
  const from = Math.max(before.lastIndexOf('.'), before.lastIndexOf(';'), before.lastIndexOf('!'), before.lastIndexOf('?')) + 1;
  const rest = text.slice(end);
  const stop = rest.search(/[.;!?](?:\s|$)/);
  return text.slice(from, stop === -1 ? text.length : end + stop);
}

type BlockCitation = Omit<JurisdictionCitation, 'block'>;

/** For each pattern of CITES, in order: words (lower case) one of which every match contains. */
const CITE_HINTS: string[][] = [
  ['94-'],
  ['protection', 'защите', 'қорғау'],
  ['закон', 'law'],
  ['kazakhstan', 'казахстан', 'қазақстан'],
  ['395/', 'rules', 'правил', 'қағидалары'],
  ['kazakhstan', 'казахстан', 'қазақстан'],
  ['gdpr', '2016/679', 'regulation', 'board', 'edpb'],
  ['2016/679', 'регламент'],
  ['152', 'федеральн', 'federal', 'роскомнадзор', 'roskomnadzor'],
  ['ccpa', 'cpra', 'california', '1798'],
  ['калифорни'],
];

function blockCitations(block: Block): BlockCitation[] {
  let cached = block.core.memo.get('jurisdictions/v2') as BlockCitation[] | undefined;
  if (!cached) {
    cached = [];
    if (block.type === 'paragraph' || block.type === 'heading' || block.type === 'tableCell') {
      const lower = block.text.toLowerCase();
      for (const [i, [jurisdiction, strength, pattern]] of CITES.entries()) {
        // Each pattern needs one of a few words; checking for them first skips most blocks.
        if (!CITE_HINTS[i]!.some((word) => lower.includes(word))) continue;
        for (const m of block.text.matchAll(pattern)) {
          const end = m.index + m[0].length;
          cached.push({ jurisdiction, strength, start: m.index, end, negated: NEGATION.test(sentenceAround(block.text, m.index, end)) });
        }
      }
      cached.sort((a, b) => a.start - b.start);
    }
    block.core.memo.set('jurisdictions/v2', cached);
  }
  return cached;
}

export function citedJurisdictions(doc: PolicyDocument): JurisdictionCitation[] {
  let all = doc.facts.get('jurisdiction-citations') as JurisdictionCitation[] | undefined;
  if (!all) {
    all = [];
    for (const block of doc.blocks) for (const c of blockCitations(block)) all.push({ ...c, block });
    doc.facts.set('jurisdiction-citations', all);
  }
  return all;
}

/** The laws the text itself points to, by name or through the country's legislation, unless it says they do not apply. */
export function detectJurisdictions(citations: readonly JurisdictionCitation[]): string[] {
  return KNOWN_JURISDICTIONS.filter((j) => citations.some((c) => c.jurisdiction === j && !c.negated));
}

export function jurisdictionsOf(doc: PolicyDocument, config: ResolvedConfig): Jurisdictions {
  const citations = citedJurisdictions(doc);
  const set = doc.frontMatter.jurisdictions ?? config.jurisdictions;
  if (set) {
    const list = [...new Set(set.map(normalizeJurisdiction))];
    const unknown = list.filter((j) => !(KNOWN_JURISDICTIONS as readonly string[]).includes(j));
    return { list, source: doc.frontMatter.jurisdictions ? 'front-matter' : 'configuration', citations, unknown };
  }
  const detected = detectJurisdictions(citations);
  return { list: detected, source: detected.length > 0 ? 'detected' : 'none', citations, unknown: [] };
}
