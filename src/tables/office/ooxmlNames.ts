import type { XmlAttribute, XmlElement, XmlNode } from './parseXml.js';

/**
 * The namespaces of the Office Open XML parts the readers use, each in its Transitional and its
 * Strict spelling (files saved as "Strict Open XML" use the purl.oclc.org URIs).
 */
export const ooxmlNamespaces = {
  word: new Set([
    'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
    'http://purl.oclc.org/ooxml/wordprocessingml/main',
  ]),
  sheet: new Set([
    'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
    'http://purl.oclc.org/ooxml/spreadsheetml/main',
  ]),
  relationships: new Set([
    'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
    'http://purl.oclc.org/ooxml/officeDocument/relationships',
  ]),
  markupCompatibility: new Set(['http://schemas.openxmlformats.org/markup-compatibility/2006']),
} as const;

/**
 * Whether a node is an element of one of the namespaces with that local name.
 *
 * @param node - a child of an element
 * @param namespaces - the namespace URIs that count
 * @param name - the local name
 * @returns true for such an element
 *
 * @example
 * isElement(child, ooxmlNamespaces.word, 'tbl'); // → true for a w:tbl
 */
export function isElement(
  node: XmlNode | undefined,
  namespaces: ReadonlySet<string>,
  name: string,
): node is XmlElement {
  return typeof node === 'object' && node.name === name && namespaces.has(node.namespace);
}

/**
 * The child elements of an element that have that local name in one of the namespaces.
 *
 * @param element - the parent
 * @param namespaces - the namespace URIs that count
 * @param name - the local name
 * @returns the matching children, in order
 *
 * @example
 * childElements(row, ooxmlNamespaces.sheet, 'c'); // → the row's cells
 */
export function childElements(
  element: XmlElement,
  namespaces: ReadonlySet<string>,
  name: string,
): XmlElement[] {
  return element.children.filter((child): child is XmlElement =>
    isElement(child, namespaces, name),
  );
}

/**
 * The first child element with that local name in one of the namespaces.
 *
 * @param element - the parent, or undefined
 * @param namespaces - the namespace URIs that count
 * @param name - the local name
 * @returns the first matching child, or undefined
 *
 * @example
 * childElement(cell, ooxmlNamespaces.word, 'tcPr'); // → the cell's properties
 */
export function childElement(
  element: XmlElement | undefined,
  namespaces: ReadonlySet<string>,
  name: string,
): XmlElement | undefined {
  return element?.children.find((child): child is XmlElement => isElement(child, namespaces, name));
}

/**
 * An attribute's value by local name: the one in one of the namespaces when given, else the
 * unprefixed one (OOXML writes `w:val` in WordprocessingML, bare `val` in SpreadsheetML).
 *
 * @param element - the element, or undefined
 * @param name - the attribute's local name
 * @param namespaces - the namespace URIs that count; the unprefixed attribute when absent
 * @returns the value, or undefined
 *
 * @example
 * attributeValue(gridSpan, 'val', ooxmlNamespaces.word); // → "2"
 */
export function attributeValue(
  element: XmlElement | undefined,
  name: string,
  namespaces?: ReadonlySet<string>,
): string | undefined {
  const matches = (attribute: XmlAttribute): boolean =>
    attribute.name === name &&
    (namespaces === undefined ? attribute.namespace === '' : namespaces.has(attribute.namespace));
  return element?.attributes.find(matches)?.value;
}
