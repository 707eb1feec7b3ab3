export { openZip, isXmlPart, zipLimits, type UnzipSync } from './openZip.js';
export { readDocx, docxTableLimits } from './readDocx.js';
export { readXlsx, xlsxSheetLimits } from './readXlsx.js';
export {
  parseXml,
  maxXmlDepth,
  type XmlAttribute,
  type XmlElement,
  type XmlNode,
} from './parseXml.js';
export { displayNumber, NumberFormats } from './displayNumber.js';
export { joinCellTexts } from './joinCellTexts.js';
