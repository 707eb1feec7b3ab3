import { describe, expect, test } from 'vitest';
import { formatOfOutput } from './formatOfOutput.js';

describe('formatOfOutput', () => {
  const formats = ['table', 'json', 'markdown', 'csv', 'xlsx', 'html'] as const;

  test('names the format of a known extension, in any case', () => {
    expect(formatOfOutput('out.JSON', formats, 'table')).toBe('json');
    expect(formatOfOutput('评分表.xlsx', formats, 'table')).toBe('xlsx');
    expect(formatOfOutput('notes.markdown', formats, 'table')).toBe('markdown');
    expect(formatOfOutput('report.htm', formats, 'table')).toBe('html');
  });

  test('falls back for standard output, another extension, or a format the command does not write', () => {
    expect(formatOfOutput(undefined, formats, 'table')).toBe('table');
    expect(formatOfOutput('-', formats, 'table')).toBe('table');
    expect(formatOfOutput('out.txt', formats, 'table')).toBe('table');
    expect(formatOfOutput('自评报告.docx', formats, 'table')).toBe('table');
    expect(formatOfOutput('results.ndjson', formats, 'table')).toBe('table');
  });

  test('.ndjson is checked before .json', () => {
    expect(formatOfOutput('results.ndjson', ['ndjson', 'json'], 'json')).toBe('ndjson');
  });
});
