import { describe, expect, test } from 'vitest';
import { sampleSummary } from '../../test/support/batchEntries.js';
import { renderSummaryHtml } from './renderSummaryHtml.js';

const summary = sampleSummary('<script>alert(1)</script>.json', { zh: '<b>x</b>', en: 'x' });

describe('renderSummaryHtml', () => {
  const page = renderSummaryHtml(summary);

  test('a self-contained page with the charts, every section as a table, and all the issues', () => {
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).toBe(true);
    expect(page).toContain('<h1>批量评分汇总</h1>');
    expect(page).toContain(
      '<desc id="chart-grades-desc">每个等级的文档数：优 1 份；良 1 份</desc>',
    );
    expect(page).toContain('预算执行率 平均 9.75（9.50–10.00）');
    expect(page).toContain('<rect class="range" x="380" y="');
    expect(page).toContain('<h2>总分排名</h2>');
    expect(page).toContain('<td>&lt;script&gt;alert(1)&lt;/script&gt;.json</td>');
    expect(page).toContain(
      '<details><summary>c.json</summary><ul class="issues"><li>scheme: 不是 JSON [invalid_json]</li><li>&lt;b&gt;x&lt;/b&gt; [x]</li></ul></details>',
    );
    expect(page.match(/<script/gu)).toHaveLength(1);
  });

  test('in English, and the same bytes every time', () => {
    expect(renderSummaryHtml(summary)).toBe(page);
    const english = renderSummaryHtml(summary, { lang: 'en' });
    expect(english).toContain('<h2>Ranking by total</h2>');
    expect(english).toContain('Budget execution mean 9.75 (9.50–10.00)');
  });
});
