// Small helpers over the XML parts of a .docx (WordprocessingML), read with xmldom. Only what the
// import needs to see beyond mammoth: numbering, outline levels and what cannot be kept.
import { DOMParser, XMLSerializer, type Document, type Element } from '@xmldom/xmldom';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export function parseXml(text: string): Document {
  // A broken part is read as far as it goes; xmldom reports instead of throwing.
  return new DOMParser({ onError: () => undefined }).parseFromString(text, 'text/xml');
}

export function serializeXml(doc: Document): string {
  return new XMLSerializer().serializeToString(doc);
}

/** The element's children in the WordprocessingML namespace with this local name. */
export function wChildren(parent: Element, localName: string): Element[] {
  const out: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (node as Element).localName === localName && (node as Element).namespaceURI === W)
      out.push(node as Element);
  }
  return out;
}

export function wChild(parent: Element | null | undefined, localName: string): Element | null {
  if (!parent) return null;
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (node as Element).localName === localName && (node as Element).namespaceURI === W)
      return node as Element;
  }
  return null;
}

/** Every descendant in the WordprocessingML namespace with this local name, in document order. */
export function wDescendants(root: Document | Element, localName: string): Element[] {
  return Array.from(root.getElementsByTagNameNS(W, localName));
}

/** The w:val attribute of the named child, or undefined. */
export function wVal(parent: Element | null | undefined, localName: string): string | undefined {
  const child = wChild(parent, localName);
  const value = child?.getAttributeNS(W, 'val') ?? child?.getAttribute('w:val');
  return value === null || value === undefined || value === '' ? undefined : value;
}

export function wAttr(element: Element, name: string): string | undefined {
  const value = element.getAttributeNS(W, name) ?? element.getAttribute(`w:${name}`);
  return value === null || value === '' ? undefined : value;
}

/** A whole number from an attribute, or the fallback when it is missing or not a number. */
export function intOr(value: string | undefined, fallback: number): number {
  const n = value === undefined ? NaN : Number.parseInt(value, 10);
  return Number.isFinite(n) ? n : fallback;
}

export function isInside(element: Element, localName: string): boolean {
  for (let node = element.parentNode; node; node = node.parentNode) {
    if (node.nodeType === 1 && (node as Element).localName === localName && (node as Element).namespaceURI === W)
      return true;
  }
  return false;
}
