import { describe, expect, test } from 'vitest';
import { parseScheme } from './parseScheme.js';

function schemeWithTarget(target: unknown) {
  return {
    id: 's',
    version: '1',
    title: '结转',
    fullMarks: 2,
    grades: [{ grade: '-', min: 0 }],
    indicators: [
      {
        type: 'category',
        id: 'c',
        name: '预算执行',
        weight: 2,
        children: [
          {
            type: 'leaf',
            id: 'carry-over',
            name: '结转结余率',
            weight: 2,
            rule: { kind: 'reverse', unit: 'percent', target },
          },
        ],
      },
    ],
  };
}

describe('rule targets written without their percent sign', () => {
  test('"target": "5" for a percent rule is refused instead of reading 500%', () => {
    const parsed = parseScheme(schemeWithTarget('5'));
    expect(
      parsed.ok ? [] : parsed.issues.map((issue) => [issue.code, issue.path.join('.')]),
    ).toEqual([['percent_expected', 'indicators.0.children.0.rule.target']]);
    expect(parsed.ok ? '' : parsed.issues[0].message.en).toBe(
      'This rule\'s target is a rate: "5" reads as 500%. Did you mean 5%? (write 500% if that is meant)',
    );
  });

  test('a JSON number is refused the same way; "5%", 0.05 and "120%" are read', () => {
    expect(parseScheme(schemeWithTarget(5)).ok).toBe(false);
    for (const target of ['5%', 0.05, '0.05', '120%', '1']) {
      expect([target, parseScheme(schemeWithTarget(target)).ok]).toEqual([target, true]);
    }
  });
});
