import type { Issue } from '../../issues/Issue.js';
import { createIssue } from '../../issues/createIssue.js';
import { lineText } from '../../render/lineText.js';

/** The most pages a PDF may have to be read. */
export const maximumPages = 500;

/**
 * The most text items and drawn rule segments one page may have to be read: a 自评表 page holds
 * a few thousand of each at most; past these the page is refused, so no page can make the
 * table readers (whose work grows with rows × columns × rules) run long.
 */
export const pageLimits = Object.freeze({
  textItems: 20_000,
  ruleSegments: 10_000,
  /** Distinct positions of horizontal (or of vertical) rules: the grid's rows (or columns) + 1. */
  rulePositions: 200,
});

/**
 * The issue of a page with more text items or drawn rules than a page is read with.
 *
 * @param page - the 1-based page number
 * @param what - which count was past its limit (text items, rule segments, rule positions)
 * @param count - the count
 * @returns the `page_too_dense` issue
 */
export function pageTooDense(
  page: number,
  what: 'textItems' | 'ruleSegments' | 'rulePositions',
  count: number,
): Issue {
  const limit = pageLimits[what];
  const name =
    what === 'textItems'
      ? { zh: '段文字', en: 'text items' }
      : what === 'ruleSegments'
        ? { zh: '条线段', en: 'drawn line segments' }
        : { zh: '处不同位置的表格线', en: 'distinct positions of drawn rules in one direction' };
  return createIssue(
    'page_too_dense',
    ['pages', page],
    {
      zh: `第 ${String(page)} 页有 ${String(count)} ${name.zh}，超过一页可读取的上限 ${String(limit)}：这不像自评表的页面，未读取`,
      en: `Page ${String(page)} has ${String(count)} ${name.en}, more than the ${String(limit)} a page is read with: it does not look like a page of a score table and is not read`,
    },
    { expected: `at most ${String(limit)}`, received: String(count) },
  );
}

/**
 * The issue of a page without any text layer (a scan: images only).
 *
 * @param page - the 1-based page number
 * @returns the `no_text_layer` issue
 */
export function noTextLayer(page: number): Issue {
  return createIssue('no_text_layer', ['pages', page], {
    zh: `第 ${String(page)} 页没有文字层，只有图像（扫描件）：这是只含图像的 PDF，需先做 OCR 文字识别，再把识别出的文字交给 jixiao audit 当作 OCR 文本读取`,
    en: `Page ${String(page)} has no text layer, only images (a scan): this is an image-only PDF; run OCR on it first, then give the recognised text to jixiao audit to read as OCR text`,
  });
}

/**
 * The issue of a PDF that needs a password to open.
 *
 * @returns the `encrypted_document` issue
 */
export function encryptedDocument(): Issue {
  return createIssue('encrypted_document', [], {
    zh: '该 PDF 已加密，需要密码才能打开：请提供未加密（无打开密码）的文件',
    en: 'The PDF is encrypted and needs a password to open: provide a copy without an open password',
  });
}

/**
 * The issue of bytes pdf.js refuses to read as a PDF, with its reason.
 *
 * @param reason - pdf.js's message
 * @returns the `invalid_pdf` issue
 */
export function invalidPdf(reason: string): Issue {
  const shown = lineText(reason.slice(0, 300));
  return createIssue(
    'invalid_pdf',
    [],
    {
      zh: `无法把该文件读作 PDF：${shown}`,
      en: `The file cannot be read as a PDF: ${shown}`,
    },
    { received: shown },
  );
}

/**
 * The issue of a PDF with more pages than the reader reads.
 *
 * @param pages - the document's page count
 * @returns the `too_many_pages` issue
 */
export function tooManyPages(pages: number): Issue {
  return createIssue(
    'too_many_pages',
    [],
    {
      zh: `该 PDF 共 ${String(pages)} 页，超过可读取的上限 ${String(maximumPages)} 页：请只提交含自评表和自评报告的页`,
      en: `The PDF has ${String(pages)} pages, more than the ${String(maximumPages)} that are read: submit only the pages with the score table and the report`,
    },
    { expected: `at most ${String(maximumPages)} pages`, received: String(pages) },
  );
}
