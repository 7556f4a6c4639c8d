// Every rule of the product, in the order of the rule catalogue.
import type { Rule } from './framework.js';
import missingSection from './missing-section.js';
import placeholder from './placeholder.js';
import wrongJurisdiction from './wrong-jurisdiction.js';
import lawCitation from './law-citation.js';
import contradiction from './contradiction.js';
import duplicateHeading from './duplicate-heading.js';
import partyNameInconsistent from './party-name-inconsistent.js';
import undefinedTerm from './undefined-term.js';
import brokenReference from './broken-reference.js';
import retentionMissing from './retention-missing.js';
import retentionVague from './retention-vague.js';
import { createRetentionInconsistent } from './retention-inconsistent.js';
import untranslatedClause from './untranslated-clause.js';
import wrongLanguage from './wrong-language.js';
import translationMismatch from './translation-mismatch.js';
import { counterpartClause } from '../align/counterpart.js';

// Retention periods are compared across versions clause by clause, as the alignment pairs them.
const retentionInconsistent = createRetentionInconsistent(counterpartClause);

export const RULES: readonly Rule[] = [
  missingSection,
  retentionMissing,
  retentionVague,
  retentionInconsistent,
  untranslatedClause,
  wrongLanguage,
  translationMismatch,
  partyNameInconsistent,
  undefinedTerm,
  brokenReference,
  placeholder,
  wrongJurisdiction,
  lawCitation,
  contradiction,
  duplicateHeading,
];
