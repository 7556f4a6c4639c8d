// What missing-section says on the title before any law item, so that it never fails silently:
// the policy is in a language pplint does not read (its law items are not checked there); no law
// is set or applied (nothing is checked); or the laws are a guess from signs of a country (they are
// checked, and the lawyer should confirm them). The last two offer to write `jurisdictions:` into
// the front matter (a suggestion: a person chooses the laws).
import type { PolicyDocument } from '../../model/document.js';
import type { FixProposal, MessageRef } from '../../types.js';
import { addToFrontMatter } from '../../parse/frontmatter.js';
import { otherLanguageName, unreadLanguage } from '../../language/codes.js';
import { render } from '../../i18n/render.js';
import type { Jurisdictions } from '../jurisdictions.js';
import { KNOWN_JURISDICTIONS } from './decide.js';
import { evidenceList, inEveryLanguage, lawNames } from './describe.js';

export interface Notice {
  messageId: 'language-not-read' | 'no-jurisdiction' | 'guessed-jurisdiction' | 'guessed-jurisdiction-cited';
  data: NonNullable<MessageRef['data']>;
  suggest: FixProposal[];
  /** Law items are checked after this notice (a guess), or not at all. */
  checkItems: boolean;
}

function setLaws(doc: PolicyDocument, ids: readonly string[]): FixProposal {
  const list = ids.join(', ');
  return {
    title: {
      id: 'missing-section/set-jurisdictions',
      data: { ids: list, laws: inEveryLanguage((lang) => lawNames(ids, lang)) },
    },
    edits: [addToFrontMatter(doc, `jurisdictions: [${list}]`)],
  };
}

export function jurisdictionNotice(doc: PolicyDocument, laws: Jurisdictions): Notice | null {
  const unread = unreadLanguage(doc);
  if (unread)
    return {
      messageId: 'language-not-read',
      data: { lang: unread, name: otherLanguageName(unread) },
      suggest: [],
      checkItems: false,
    };
  // A front matter whose `jurisdictions:` could not be read is reported as such; do not add a second key.
  const canWrite = !('jurisdictions' in doc.frontMatter.raw);
  if (laws.source === 'guessed') {
    // Laws cited only in passing or under a condition ("depending on where you live, under Law
    // No. 94-V and the GDPR"): the note says what it read, rather than that the text names no law.
    const cited = [...(laws.citedInPassing ?? []), ...laws.mentioned];
    return {
      messageId: cited.length > 0 ? 'guessed-jurisdiction-cited' : 'guessed-jurisdiction',
      data: {
        ids: laws.list.join(', '),
        laws: inEveryLanguage((lang) => lawNames(laws.list, lang)),
        evidence: inEveryLanguage((lang) => evidenceList(laws.evidence, lang, doc)),
        ...(cited.length > 0 ? { cited: inEveryLanguage((lang) => evidenceList(cited, lang, doc)) } : {}),
      },
      suggest: canWrite ? [setLaws(doc, laws.list)] : [],
      checkItems: true,
    };
  }
  if (laws.source !== 'none') return null;
  const detail = inEveryLanguage((lang) => {
    const parts: string[] = [];
    if (laws.mentioned.length > 0) {
      const named = lawNames(
        laws.mentioned.map((e) => e.jurisdiction),
        lang,
      );
      parts.push(
        render(
          {
            id: 'jurisdictions/detail-mentioned',
            data: { laws: named, evidence: evidenceList(laws.mentioned, lang, doc) },
          },
          lang,
        ),
      );
    }
    if (laws.foreign.length > 0)
      parts.push(
        render({ id: 'jurisdictions/detail-foreign', data: { evidence: evidenceList(laws.foreign, lang, doc) } }, lang),
      );
    return parts.length > 0 ? ` (${parts.join('; ')})` : '';
  });
  // The laws the text mentions first, then the others pplint knows.
  const mentioned = laws.mentioned.map((e) => e.jurisdiction);
  const order = [...mentioned, ...KNOWN_JURISDICTIONS.filter((j) => !mentioned.includes(j))];
  return {
    messageId: 'no-jurisdiction',
    data: { detail },
    suggest: canWrite ? order.map((j) => setLaws(doc, [j])) : [],
    checkItems: false,
  };
}
