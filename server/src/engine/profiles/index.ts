// The jurisdiction profiles (kz, gdpr, ru, ccpa), compiled once: each item's phrases and triggers
// in one phrase index per profile, so that a block is searched once for all of a profile's items.
import kz from '../generated/kz.js';
import gdpr from '../generated/gdpr.js';
import ru from '../generated/ru.js';
import ccpa from '../generated/ccpa.js';
import core from '../generated/core.js';
import { compilePhrase, PhraseIndex, type Phrase } from '../extract/vocabulary/phrases.js';
import type { PhrasesByLanguage } from '../extract/vocabulary/types.js';
import type { Lang, SectionKind } from '../types.js';
import type { Applicability, ProfileFile, ProfileItem, Text3 } from './types.js';

export type { ProfileFile, ProfileItem, Text3, Applicability, FactKind } from './types.js';
export { FACT_KINDS } from './types.js';

/** What a phrase of a profile shows: that an item is stated, or that its situation applies. */
export interface ItemPhraseTag {
  item: string;
  /** `phrase`: states the item anywhere; `heading`: states it only as a heading; `trigger`: shows the situation. */
  role: 'phrase' | 'heading' | 'trigger';
}

export interface CompiledProfile {
  id: string;
  file: ProfileFile;
  items: readonly ProfileItem[];
  phrases: PhraseIndex<ItemPhraseTag>;
  /** Position of each section kind in the profile's usual order. */
  order: ReadonlyMap<SectionKind, number>;
}

const FILES: readonly ProfileFile[] = [kz, gdpr, ru, ccpa];

function compile(file: ProfileFile): CompiledProfile {
  const phrases: Phrase<ItemPhraseTag>[] = [];
  const add = (byLang: PhrasesByLanguage | undefined, item: string, role: ItemPhraseTag['role']): void => {
    for (const lang of Object.keys(byLang ?? {}) as Lang[]) {
      for (const source of byLang?.[lang] ?? []) {
        const phrase = compilePhrase(source, { item, role });
        if (phrase) phrases.push(phrase);
      }
    }
  };
  for (const item of file.items) {
    add(item.phrases, item.id, 'phrase');
    add(item.headings, item.id, 'heading');
    add(item.triggers, item.id, 'trigger');
  }
  return {
    id: file.id,
    file,
    items: file.items,
    phrases: new PhraseIndex(phrases),
    order: new Map(file.order.map((kind, i) => [kind, i])),
  };
}

export const PROFILES: ReadonlyMap<string, CompiledProfile> = new Map(FILES.map((f) => [f.id, compile(f)]));

export function getProfile(id: string): CompiledProfile | undefined {
  return PROFILES.get(id);
}

/**
 * The items every law above asks for (profiles/core.yaml): checked only when a policy names no
 * law pplint knows. Not a jurisdiction, so not in PROFILES: it cannot be set in the front matter.
 */
export const CORE_PROFILE: CompiledProfile = compile(core);

/** A jurisdiction's profile, or the core profile by its id. */
export function profileOrCore(id: string): CompiledProfile | undefined {
  return id === CORE_PROFILE.id ? CORE_PROFILE : getProfile(id);
}

/** `kz:retention`: the id of a requirement in diagnostics, the checklist and configuration. */
export function requirementId(profile: string, item: string): string {
  return `${profile}:${item}`;
}

export function applicability(item: ProfileItem): Applicability {
  return item.applies ?? 'always';
}

/** The citation as shown to lawyers: "Law 94-V, Art. 8 p.7", or the law alone when no article was read in a source. */
export function citationOf(profile: CompiledProfile, item: ProfileItem): Text3 {
  const law = item.law ?? profile.file.law;
  const article = item.article;
  return {
    en: article ? `${law.en}, ${article.en}` : law.en,
    ru: article ? `${law.ru}, ${article.ru}` : law.ru,
    kk: article ? `${law.kk}, ${article.kk}` : law.kk,
  };
}

/** The section kind a missing item is reported under (`"section"` of the CLI's JSON). */
export function itemKind(item: ProfileItem): SectionKind {
  return item.kinds?.[0] ?? item.position;
}

/** When the law text behind an item was last checked. */
export function checkedOn(profile: CompiledProfile, item: ProfileItem): string {
  return item.checked ?? profile.file.checked;
}
