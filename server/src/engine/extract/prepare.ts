// Classifies a document's sections with the configuration's vocabulary, once per vocabulary (the
// work is cached per block). Linting, alignment and explanations all start here, so it lives
// below them rather than in the lint runner.
import type { PolicyDocument } from '../model/document.js';
import type { ResolvedConfig } from '../config/types.js';
import { classifySections, kindVocabulary } from './kinds.js';

export function prepare(doc: PolicyDocument, config: ResolvedConfig): void {
  const vocabulary = kindVocabulary(config.vocabulary);
  if (doc.facts.get('classified-with') !== vocabulary.id) {
    classifySections(doc, vocabulary);
    doc.facts.set('classified-with', vocabulary.id);
  }
}
