// docs/issues.md lists every code the library can return, as the source raises it: a code added,
// renamed or removed in src/ without the table following fails here.
import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { describe, expect, test } from 'vitest';
import { sourceFiles } from './architecture/sourceImports.js';
import { issueCatalog, renderIssueCatalog } from './support/issueCatalog.js';

const documentUrl = new URL('../docs/issues.md', import.meta.url);
const { entries, unplaced } = issueCatalog();
// Written as prettier writes it, so that formatting the docs leaves it as it is.
const rendered = await format(renderIssueCatalog(entries), {
  ...(await resolveConfig(documentUrl)),
  filepath: documentUrl.pathname,
});
if (process.env['JIXIAO_UPDATE_ISSUES'] === '1') writeFileSync(documentUrl, rendered);
const document = readFileSync(documentUrl, 'utf8');

/** The codes in the first column of the document's tables. */
const documented = [...document.matchAll(/^\| `([a-z_]+)` +\|/gm)].map((match) => match[1] ?? '');

/** Codes found by plain text search, as a cross-check on the parser's walk. */
function codesByText(): Set<string> {
  const pattern = /createIssue\(\s*'([a-z_]+)'|\bcode: '([a-z_]+)'/g;
  const found = new Set<string>();
  for (const file of sourceFiles()) {
    for (const match of readFileSync(file, 'utf8').matchAll(pattern))
      found.add(match[1] ?? match[2] ?? '');
  }
  return found;
}

describe('docs/issues.md', () => {
  const codes = entries.map((entry) => entry.code);

  test('every code literal in src/ is placed as an issue, a finding or an audit check', () => {
    expect(unplaced).toEqual([]);
    // zod's own `custom` issue carries one of the library's issues, which is what is returned.
    const missed = [...codesByText()].filter((code) => code !== 'custom' && !codes.includes(code));
    expect(missed).toEqual([]);
  });

  test('codes are snake_case, and one code names one kind of thing', () => {
    expect(codes.filter((code) => !/^[a-z]+(_[a-z]+)*$/.test(code))).toEqual([]);
    expect(codes.filter((code, index) => codes.indexOf(code) !== index)).toEqual([]);
  });

  test('lists every code the source raises, and none that it no longer raises', () => {
    expect(codes.filter((code) => !documented.includes(code))).toEqual([]);
    expect(documented.filter((code) => !codes.includes(code))).toEqual([]);
  });

  test('is the table rendered from the source (JIXIAO_UPDATE_ISSUES=1 rewrites it)', () => {
    const stale =
      'docs/issues.md is stale: JIXIAO_UPDATE_ISSUES=1 npx vitest run test/issues-doc.test.ts';
    expect(document, stale).toBe(rendered);
  });
});
