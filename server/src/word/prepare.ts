// Prepares a .docx for mammoth and notes what mammoth would drop silently. The package is opened
// with jszip (which mammoth itself uses) and three things are changed in word/document.xml:
// - a numbered paragraph gets its number as text («4.1.», «а)») and loses its list, so the number
//   survives; bullets stay lists;
// - a paragraph with an outline level but no heading style gets a heading style mammoth knows;
// - nothing else: tracked changes, comments, images and text boxes are only counted here.
import JSZip from 'jszip';
import type { Document, Element } from '@xmldom/xmldom';
import { NumberingCounter, NumberingDefinitions } from './numbering.js';
import { intOr, parseXml, serializeXml, W, wChild, wDescendants, wVal } from './ooxml.js';
import { Styles } from './styles.js';

export interface DocxFindings {
  trackedChanges: number;
  comments: number;
  images: number;
  textBoxes: number;
  numberedParagraphs: number;
  /** Whether a paragraph has Word's Title style. */
  hasTitle: boolean;
  /** Front matter stored by pplint's own export, when the document was written by it. */
  storedFrontMatter?: string;
}

export interface PreparedDocx {
  buffer: Buffer;
  findings: DocxFindings;
}

/** The heading style ids added for outline levels; mapped to h1…h6 in the mammoth style map. */
export const OUTLINE_STYLE_PREFIX = 'PplintOutline';
export const OUTLINE_STYLE_NAME = 'pplint outline';

export async function prepareDocx(input: Uint8Array): Promise<PreparedDocx> {
  const zip = await JSZip.loadAsync(input);
  const read = async (path: string): Promise<Document | null> => {
    const file = zip.file(path);
    return file ? parseXml(await file.async('string')) : null;
  };
  const document = await read('word/document.xml');
  if (!document) throw new Error('this is not a Word document (word/document.xml is missing)');
  const styles = new Styles(await read('word/styles.xml'));
  const numbering = new NumberingDefinitions(await read('word/numbering.xml'));
  const comments = await read('word/comments.xml');
  const findings: DocxFindings = {
    trackedChanges: countChanges(document),
    comments: comments ? wDescendants(comments, 'comment').length : 0,
    images:
      wDescendants(document, 'drawing').length +
      wDescendants(document, 'pict').filter((p) => !p.getElementsByTagName('v:textbox').length).length,
    textBoxes: wDescendants(document, 'txbxContent').length,
    numberedParagraphs: 0,
    hasTitle: false,
  };
  const stored = await storedFrontMatter(zip);
  if (stored !== undefined) findings.storedFrontMatter = stored;

  const counter = new NumberingCounter(numbering);
  const outlineLevels = new Set<number>();
  for (const paragraph of wDescendants(document, 'p')) {
    if (isDeleted(paragraph)) continue;
    const pPr = wChild(paragraph, 'pPr');
    const styleId = wVal(pPr, 'pStyle');
    if (styles.isTitle(styleId)) findings.hasTitle = true;
    const label = numberOf(pPr, styleId, styles, numbering, counter);
    if (label !== null) {
      findings.numberedParagraphs++;
      writeNumber(document, paragraph, label);
    }
    const outline = intOr(wVal(pPr, 'outlineLvl'), styles.inherited(styleId, (s) => s.outlineLevel) ?? 9);
    if (outline >= 0 && outline < 6 && !styles.isBuiltInHeading(styleId)) {
      setStyle(document, paragraph, `${OUTLINE_STYLE_PREFIX}${outline + 1}`);
      outlineLevels.add(outline + 1);
    }
  }
  zip.file('word/document.xml', serializeXml(document));
  if (outlineLevels.size > 0) await addOutlineStyles(zip, outlineLevels);
  const buffer = await zip.generateAsync({ type: 'nodebuffer' });
  return { buffer, findings };
}

/** Insertions, deletions, moves and changed formatting waiting for review. */
function countChanges(document: Document): number {
  return ['ins', 'del', 'moveFrom', 'moveTo', 'rPrChange', 'pPrChange'].reduce(
    (n, name) => n + wDescendants(document, name).length,
    0,
  );
}

/** A paragraph whose mark was deleted in review is joined to the next; it keeps no number. */
function isDeleted(paragraph: Element): boolean {
  return wChild(wChild(wChild(paragraph, 'pPr'), 'rPr'), 'del') !== null;
}

function numberOf(
  pPr: Element | null,
  styleId: string | undefined,
  styles: Styles,
  numbering: NumberingDefinitions,
  counter: NumberingCounter,
): string | null {
  const numPr = wChild(pPr, 'numPr');
  const numId = wVal(numPr, 'numId') ?? styles.inherited(styleId, (s) => s.numId);
  if (numId === undefined || numId === '0') return null;
  const directLevel = wVal(numPr, 'ilvl');
  const ilvl =
    directLevel !== undefined
      ? intOr(directLevel, 0)
      : (styles.inherited(styleId, (s) => s.ilvl) ?? (styleId ? numbering.levelOfStyle(styleId) : undefined) ?? 0);
  return counter.next(numId, Math.max(0, Math.min(8, ilvl)));
}

/** Puts the number before the paragraph's text and takes the paragraph out of its list. */
function writeNumber(document: Document, paragraph: Element, label: string): void {
  let pPr = wChild(paragraph, 'pPr');
  if (!pPr) {
    pPr = document.createElementNS(W, 'w:pPr');
    paragraph.insertBefore(pPr, paragraph.firstChild);
  }
  const old = wChild(pPr, 'numPr');
  const numPr = document.createElementNS(W, 'w:numPr');
  const numId = document.createElementNS(W, 'w:numId');
  // numId 0 means "no list", also against a list the paragraph style would bring.
  numId.setAttributeNS(W, 'w:val', '0');
  numPr.appendChild(numId);
  if (old) pPr.replaceChild(numPr, old);
  else pPr.appendChild(numPr);
  const run = document.createElementNS(W, 'w:r');
  const text = document.createElementNS(W, 'w:t');
  text.setAttribute('xml:space', 'preserve');
  text.appendChild(document.createTextNode(`${label} `));
  run.appendChild(text);
  paragraph.insertBefore(run, pPr.nextSibling);
}

function setStyle(document: Document, paragraph: Element, styleId: string): void {
  let pPr = wChild(paragraph, 'pPr');
  if (!pPr) {
    pPr = document.createElementNS(W, 'w:pPr');
    paragraph.insertBefore(pPr, paragraph.firstChild);
  }
  let pStyle = wChild(pPr, 'pStyle');
  if (!pStyle) {
    pStyle = document.createElementNS(W, 'w:pStyle');
    pPr.insertBefore(pStyle, pPr.firstChild);
  }
  pStyle.setAttributeNS(W, 'w:val', styleId);
}

async function addOutlineStyles(zip: JSZip, levels: Set<number>): Promise<void> {
  const file = zip.file('word/styles.xml');
  const doc = file ? parseXml(await file.async('string')) : parseXml(`<w:styles xmlns:w="${W}"/>`);
  const root = doc.documentElement!;
  for (const level of levels) {
    const style = doc.createElementNS(W, 'w:style');
    style.setAttributeNS(W, 'w:type', 'paragraph');
    style.setAttributeNS(W, 'w:styleId', `${OUTLINE_STYLE_PREFIX}${level}`);
    const name = doc.createElementNS(W, 'w:name');
    name.setAttributeNS(W, 'w:val', `${OUTLINE_STYLE_NAME} ${level}`);
    style.appendChild(name);
    root.appendChild(style);
  }
  zip.file('word/styles.xml', serializeXml(doc));
}

/** pplint's export keeps the Markdown front matter in a custom document property. */
async function storedFrontMatter(zip: JSZip): Promise<string | undefined> {
  const file = zip.file('docProps/custom.xml');
  if (!file) return undefined;
  const doc = parseXml(await file.async('string'));
  for (const property of Array.from(doc.getElementsByTagName('property'))) {
    if (property.getAttribute('name') !== FRONT_MATTER_PROPERTY) continue;
    return property.textContent ?? undefined;
  }
  return undefined;
}

export const FRONT_MATTER_PROPERTY = 'pplint-front-matter';
