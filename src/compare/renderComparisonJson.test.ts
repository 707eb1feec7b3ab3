import { describe, expect, test } from 'vitest';
import { nanzhou2023, nanzhou2024 } from '../../test/support/diffEvaluations.js';
import { compareEvaluations } from './compareEvaluations.js';
import { renderComparisonJson } from './renderComparisonJson.js';

describe('renderComparisonJson', () => {
  test('indented JSON that parses back to the comparison, decimals as strings', () => {
    const comparison = compareEvaluations(nanzhou2023, nanzhou2024);
    const text = renderComparisonJson(comparison);
    expect(text.split('\n').slice(0, 3)).toEqual(['{', '  "before": {', '    "scheme": {']);
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(comparison);
    expect(text).toContain('"totalChange": "4.54"');
    expect(() => renderComparisonJson({} as never)).toThrow(/comparison/);
  });
});
