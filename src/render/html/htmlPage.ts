import { escapeHtml } from './escapeHtml.js';
import { pageStyles } from './pageStyles.js';

/**
 * Opens every explanation before printing, so that a printed report shows how each leaf was
 * scored; the page works the same without it.
 */
const printScript =
  "addEventListener('beforeprint',function(){document.querySelectorAll('details').forEach(function(d){d.open=true;});});";

/**
 * A whole, self-contained HTML page: the language, the viewport for phones, the title, the inline
 * style sheet and the body. Nothing in it loads anything (no font, script, image or style from
 * elsewhere), and a Content-Security-Policy says so to the browser.
 *
 * @param page - the page's `lang` attribute, title (text, escaped here) and body (HTML)
 * @returns the page's text
 *
 * @example
 * htmlPage({ lang: 'zh-CN', title: '评分表', body: '<main>…</main>' }).startsWith('<!DOCTYPE html>'); // → true
 * @internal
 */
export function htmlPage(page: {
  readonly lang: string;
  readonly title: string;
  readonly body: string;
}): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(page.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">`,
    `<title>${escapeHtml(page.title)}</title>`,
    `<style>${pageStyles}</style>`,
    '</head>',
    '<body>',
    page.body,
    `<script>${printScript}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
