// Classifies a document's sections with the configuration's vocabulary, once per vocabulary (the
// work is cached per block). Linting, alignment and explanations all start here, so it lives
// below them rather than in the lint runner.
import type { PolicyDocument } from '../model/document.js';
import type { ResolvedConfig } from '../config/types.js';
import { classifySectionSteps, kindVocabulary } from './kinds.js';

export function prepare(doc: PolicyDocument, config: ResolvedConfig): void {
  const steps = prepareSteps(doc, config);
  while (!steps.next().done);
}

/**
 * The same, a section per step (the language server classifies a large draft between requests).
 * The document counts as classified only once every section is: steps given up leave the
 * sections classified so far, whose kinds are cached per block, to the next call.
 */
export function* prepareSteps(doc: PolicyDocument, config: ResolvedConfig): Generator<string, void> {
  const vocabulary = kindVocabulary(config.vocabulary);
  if (doc.facts.get('classified-with') === vocabulary.id) return;
  yield* classifySectionSteps(doc, vocabulary);
  doc.facts.set('classified-with', vocabulary.id);
}
