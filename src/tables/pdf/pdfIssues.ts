import type { Issue } from '../../issues/Issue.js';
import { createIssue } from '../../issues/createIssue.js';
import { lineText } from '../../render/lineText.js';

/** The most pages a PDF may have to be read. */
export const maximumPages = 500;

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
