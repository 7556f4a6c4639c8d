// Word in, Word out. Kept apart from the engine (which knows nothing of files or formats) and
// loaded only when a Word file is met: by the CLI on demand, by the extension from its own bundle.
export { importDocx, reviewWarning, type ImportOptions, type ImportResult } from './import.js';
export { exportMarkdown, type ExportOptions } from './export.js';
export { isDocxName, markdownNameFor, docxVersionName } from './file-names.js';
export { paragraphLocator, type ParagraphLocation } from './paragraphs.js';
