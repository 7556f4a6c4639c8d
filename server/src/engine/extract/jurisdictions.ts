// Which laws a policy answers to: its front matter, else the configuration, else the laws its
// text cites (by name, number or body, in English, Russian and Kazakh).
import type { PolicyDocument, Block } from '../model/document.js';
import type { ResolvedConfig } from '../config/types.js';

export const KNOWN_JURISDICTIONS = ['kz', 'gdpr', 'ru', 'ccpa'] as const;

export interface JurisdictionCitation {
  jurisdiction: string;
  block: Block;
  /** Indices into the block's text. */
  start: number;
  end: number;
}

export interface Jurisdictions {
  list: string[];
  source: 'front-matter' | 'configuration' | 'detected' | 'none';
  citations: JurisdictionCitation[];
}

// Each pattern names one law unmistakably; a bare "personal data law" names none.
const CITES: Array<[string, RegExp]> = [
  ['kz', /№\s*94-V|No\.?\s*94-V\b|94-V\s+(?:Law|Заң|ЗРК|закон)|«?О персональных данных и их защите»?|"?On Personal Data and (?:Their|their) Protection"?|Дербес деректер\s+(?:және|жəне)\s+оларды қорғау туралы|Republic of Kazakhstan\s+(?:dated\s+21\s+May\s+2013|“On personal data)|Закон(?:ом|а|е)?\s+Республики\s+Казахстан\s+«О персональных данных/giu],
  ['gdpr', /\bGDPR\b|Regulation\s+\(EU\)\s+2016\/679|General Data Protection Regulation|Регламент(?:а|ом)?\s+\(ЕС\)\s+2016\/679|Общ(?:ий|его|им)\s+регламент(?:а|ом)?\s+по\s+защите\s+данных/giu],
  ['ru', /152-ФЗ|152-FZ|Federal Law\s+(?:No\.?\s*)?152|Федеральн(?:ый|ого|ым)\s+закон(?:а|ом)?\s+(?:от\s+27\.07\.2006\s+)?(?:№\s*)?152|Роскомнадзор|Roskomnadzor/giu],
  ['ccpa', /\bCCPA\b|\bCPRA\b|California Consumer Privacy Act|California Privacy Rights Act|Cal\.?\s*Civ\.?\s*Code\s*§?\s*1798|\b1798\.1\d\d\b/giu],
];

function blockCitations(block: Block): Array<Omit<JurisdictionCitation, 'block'>> {
  let cached = block.core.memo.get('jurisdictions') as Array<Omit<JurisdictionCitation, 'block'>> | undefined;
  if (!cached) {
    cached = [];
    if (block.type === 'paragraph' || block.type === 'heading' || block.type === 'tableCell') {
      for (const [jurisdiction, pattern] of CITES) {
        for (const m of block.text.matchAll(pattern)) cached.push({ jurisdiction, start: m.index, end: m.index + m[0].length });
      }
    }
    block.core.memo.set('jurisdictions', cached);
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

export function jurisdictionsOf(doc: PolicyDocument, config: ResolvedConfig): Jurisdictions {
  const citations = citedJurisdictions(doc);
  if (doc.frontMatter.jurisdictions) return { list: doc.frontMatter.jurisdictions, source: 'front-matter', citations };
  if (config.jurisdictions) return { list: config.jurisdictions, source: 'configuration', citations };
  const detected = KNOWN_JURISDICTIONS.filter((j) => citations.some((c) => c.jurisdiction === j));
  return { list: [...detected], source: detected.length > 0 ? 'detected' : 'none', citations };
}
