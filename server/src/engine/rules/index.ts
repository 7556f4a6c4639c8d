// Every rule of the product, in the order of the rule catalogue.
import type { Rule } from './framework.js';
import missingSection from './missing-section.js';
import placeholder from './placeholder.js';
import duplicateHeading from './duplicate-heading.js';
import retentionMissing from './retention-missing.js';
import retentionVague from './retention-vague.js';
import retentionInconsistent from './retention-inconsistent.js';

export const RULES: readonly Rule[] = [missingSection, retentionMissing, retentionVague, retentionInconsistent, placeholder, duplicateHeading];
