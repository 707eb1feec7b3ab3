import { describe, expect, test } from 'vitest';
import { formatOfOutput, refusedOutput } from './formatOfOutput.js';

describe('formatOfOutput', () => {
  const formats = ['table', 'json', 'markdown', 'csv', 'xlsx', 'html'] as const;

  test('names the format of a known extension, in any case', () => {
    expect(formatOfOutput('out.JSON', formats, 'table')).toBe('json');
    expect(formatOfOutput('评分表.xlsx', formats, 'table')).toBe('xlsx');
    expect(formatOfOutput('notes.markdown', formats, 'table')).toBe('markdown');
    expect(formatOfOutput('report.htm', formats, 'table')).toBe('html');
  });

  test('falls back for standard output, a text name, or a name without an extension', () => {
    expect(formatOfOutput(undefined, formats, 'table')).toBe('table');
    expect(formatOfOutput('-', formats, 'table')).toBe('table');
    expect(formatOfOutput('out.txt', formats, 'table')).toBe('table');
    expect(formatOfOutput('out', formats, 'table')).toBe('table');
    expect(formatOfOutput('.hidden', formats, 'table')).toBe('table');
    // The extension is the last name's: a folder's dots do not count.
    expect(formatOfOutput('exports.pdf/out', formats, 'table')).toBe('table');
  });

  test('refuses a name of another kind of file, or of a format the command does not write', () => {
    expect(formatOfOutput('自评报告.docx', formats, 'table')).toBeUndefined();
    expect(formatOfOutput('results.ndjson', formats, 'table')).toBeUndefined();
    expect(formatOfOutput('报告.PDF', formats, 'table')).toBeUndefined();
    expect(formatOfOutput('old.xls', formats, 'table')).toBeUndefined();
    expect(formatOfOutput('dir\\chart.png', formats, 'table')).toBeUndefined();
    expect(refusedOutput('报告.PDF', undefined, formats)).toMatchObject({
      code: 'output_extension_unwritable',
      path: ['output'],
      received: '.pdf',
    });
    expect(refusedOutput('汇总.ndjson', undefined, formats, 'summary')).toMatchObject({
      path: ['summary'],
      message: { en: expect.stringContaining('Use the extension of a summary format') as unknown },
    });
    expect(refusedOutput('报告.PDF', 'json', formats)).toBeUndefined();
    expect(refusedOutput(undefined, undefined, formats)).toBeUndefined();
  });

  test('.ndjson is checked before .json', () => {
    expect(formatOfOutput('results.ndjson', ['ndjson', 'json'], 'json')).toBe('ndjson');
  });
});
