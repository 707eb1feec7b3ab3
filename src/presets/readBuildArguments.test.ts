import { describe, expect, test } from 'vitest';
import { decimal } from '../decimal/decimal.js';
import { parseDataFile } from '../json/parseDataFile.js';
import { nationalProject2020 } from './nationalProject2020.js';
import { readBuildArguments, readIndicators } from './readBuildArguments.js';
import type { DepartmentIndicator } from './Preset.js';

const indicator: DepartmentIndicator = {
  id: 'a',
  name: { zh: '甲' },
  weight: decimal(50),
  comparison: '>=',
  target: decimal(12),
  unit: '个',
};

describe('readBuildArguments', () => {
  test('takes an indicator map the library read itself as it is', () => {
    const list = [indicator];
    const read = readBuildArguments(readIndicators({ outputs: list }), {});
    expect(read.ok && read.value.indicators.get('outputs')).toBe(list);
  });

  test('reads any other map, however like one it looks', () => {
    const bad = { outputs: [{ ...indicator, weight: 'x' }] };
    const read = readBuildArguments(bad, {});
    expect(read.ok ? [] : read.issues.map((found) => [found.code, found.path])).toEqual([
      ['invalid_number', ['indicators', 'outputs', 0, 'weight']],
    ]);
    const good = readBuildArguments({ outputs: [indicator] }, {});
    expect(good.ok && good.value.indicators.get('outputs')).toEqual([indicator]);
  });

  test('a data file gets the scheme its indicators build when a caller gives them', () => {
    const data = parseDataFile({
      scheme: 'national-project',
      indicators: {
        outputs: [{ id: 'a', name: '甲', weight: '50', target: '≥12个', actual: '12个' }],
        benefits: [{ id: 'b', name: { zh: '乙', en: 'B' }, weight: '30', target: '达成' }],
        satisfaction: [{ id: 'c', name: '丙', weight: '10', target: '≥90%', actual: '92%' }],
      },
    });
    if (!data.ok) throw new Error(JSON.stringify(data.issues));
    // Written by hand, not marked as read: read, and keyed alike, it is the very scheme.
    const built = nationalProject2020.build({
      outputs: [{ ...indicator, targetText: '≥12个' }],
      benefits: [
        {
          id: 'b',
          name: { zh: '乙', en: 'B' },
          weight: '30',
          comparison: 'qualitative',
          targetText: '达成',
        },
      ] as unknown as DepartmentIndicator[],
      satisfaction: [
        {
          id: 'c',
          name: { zh: '丙' },
          weight: decimal(10),
          comparison: '>=',
          target: decimal('0.9'),
          unit: '%',
          targetText: '≥90%',
        },
      ],
    });
    expect(JSON.stringify(built.ok && built.value, null, 1)).toBe(
      JSON.stringify(data.value.scheme, null, 1),
    );
    expect(built.ok && built.value).toBe(data.value.scheme);
  });
});
