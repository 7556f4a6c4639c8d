// Every rule of the product, in the order of the rule catalogue.
import type { Rule } from './framework.js';
import placeholder from './placeholder.js';
import duplicateHeading from './duplicate-heading.js';

export const RULES: readonly Rule[] = [placeholder, duplicateHeading];
