import { describe, expect, test } from 'vitest';
import { nanzhou2023 } from '../../../test/support/diffEvaluations.js';
import { JixiaoError } from '../../issues/JixiaoError.js';
import { renderHtmlReport } from './renderHtmlReport.js';

describe('renderHtmlReport', () => {
  const page = renderHtmlReport(nanzhou2023, { subject: ['南洲街道办事处 2023 年度'] });

  test('one self-contained page: viewport, inline style, nothing loaded from elsewhere', () => {
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).toBe(true);
    expect(page).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(page).toContain("default-src 'none'");
    expect(page).toContain('@page { size: A4;');
    expect(page).not.toMatch(
      /<link|<img|\ssrc=|href=|url\(|@import|https?:\/\/(?!www\.w3\.org\/2000\/svg")/u,
    );
  });

  test('the total, grade and rate, the subject, and the decimals as jixiao writes them', () => {
    expect(page).toContain('<span class="big" id="total">91.46</span>');
    expect(page).toContain('<span class="big" id="grade">优</span>');
    expect(page).toContain('<span class="big" id="rate">91.46%</span>');
    expect(page).toContain('<p class="meta">南洲街道办事处 2023 年度</p>');
    expect(page).toContain(
      '<td class="name" colspan="4">管理效率</td><td class="number">50</td><td class="number">41.5</td><td class="number">83.00%</td>',
    );
    expect(page).toContain(
      '<summary>支出率 99.56%</summary><p class="explanation">支出率 = 23,033.06 ÷ 23,135.18 = 99.56%；得分 = 10 × 99.56% = 9.96</p>',
    );
  });

  test('the charts: each 一级 category’s rate, and the leaves that lost points, most first', () => {
    expect(page).toContain('aria-labelledby="chart-rates-title chart-rates-desc"');
    expect(page).toContain(
      '<desc id="chart-rates-desc">每个一级指标的得分率（得分 ÷ 分值）：履职效能 99.92%；管理效率 83.00%</desc>',
    );
    expect(page).toContain(
      '<desc id="chart-lost-desc">各三级指标失去的分数（分值 − 得分），从多到少：绩效管理制度建设 −5；资产管理合规性 −1.5；绩效管理制度执行 −1；资产盘点情况 −1；部门预算资金支出率 −0.04</desc>',
    );
    expect(page).toContain('<rect class="fill" x="0" y="22" width="399.68" height="14"/>');
  });

  test('is deterministic, and labels in English with lang en', () => {
    expect(renderHtmlReport(nanzhou2023, { subject: ['南洲街道办事处 2023 年度'] })).toBe(page);
    const english = renderHtmlReport(nanzhou2023, { lang: 'en' });
    expect(english.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(english).toContain('<th scope="col">Level 1</th>');
    expect(english).toContain('Where points were lost');
  });

  test('an untyped caller’s junk is an invalid_argument error', () => {
    const call = (options: unknown) => () =>
      // @ts-expect-error -- what an untyped caller may pass
      renderHtmlReport(nanzhou2023, options);
    expect(call({ subject: 'x' })).toThrow(JixiaoError);
    expect(call({ lang: 'fr' })).toThrow(JixiaoError);
    // @ts-expect-error -- not an evaluation
    expect(() => renderHtmlReport({})).toThrow(JixiaoError);
  });
});
