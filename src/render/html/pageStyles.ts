/**
 * The pages' one style sheet, inline: system fonts (no font is fetched), tables that scroll in
 * their own box on a narrow screen and print whole on A4, charts that scale to the width and are
 * never split across printed pages. @internal
 */
export const pageStyles = `
:root { color-scheme: light; --ink: #1f2933; --muted: #52606d; --rule: #cbd2d9; --score: #2f6fb0; --lost: #c0392b; --track: #e4e7eb; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; color: var(--ink); background: #fff; font: 15px/1.55 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Zen Hei", sans-serif; }
main { max-width: 960px; margin: 0 auto; padding: 16px; }
h1 { font-size: 1.45rem; line-height: 1.3; margin: 0 0 4px; }
h2 { font-size: 1.15rem; margin: 28px 0 10px; }
h1, h2, p, li, td, th, summary, .value { overflow-wrap: anywhere; }
.meta { color: var(--muted); margin: 2px 0; }
.headline { display: flex; flex-wrap: wrap; gap: 12px 32px; align-items: baseline; margin: 18px 0 6px; padding: 14px 18px; border: 1px solid var(--rule); border-radius: 8px; }
.headline .label { display: block; color: var(--muted); font-size: 0.85rem; }
.headline .big { font-size: 2.3rem; font-weight: 700; line-height: 1.1; font-variant-numeric: tabular-nums; }
.headline .small { color: var(--muted); margin-left: 6px; }
figure { margin: 0 0 16px; break-inside: avoid; page-break-inside: avoid; }
figcaption { font-weight: 600; margin: 0 0 6px; }
svg.chart { display: block; width: 100%; max-width: 520px; height: auto; font-size: 14px; font-family: inherit; }
svg.chart text { fill: var(--ink); }
svg.chart text.value { font-variant-numeric: tabular-nums; }
svg.chart .track { fill: var(--track); }
svg.chart.score .fill { fill: var(--score); }
svg.chart.lost .fill { fill: var(--lost); }
svg.chart .range { fill: var(--ink); opacity: 0.55; }
.table-scroll { max-width: 100%; overflow-x: auto; -webkit-overflow-scrolling: touch; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
th, td { border: 1px solid var(--rule); padding: 4px 6px; text-align: left; vertical-align: top; }
thead th { background: #f5f7fa; white-space: nowrap; }
td.number, th.number { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
tr.depth-1 td { font-weight: 600; background: #f9fafb; }
tr.total td { font-weight: 700; border-top: 2px solid var(--ink); }
td.name { min-width: 7em; }
td.note { min-width: 12em; }
details summary { cursor: pointer; }
details .explanation { margin: 4px 0 0; color: var(--muted); }
details ul { margin: 4px 0 0; padding-left: 1.2em; }
ul.issues { margin: 2px 0 0; padding-left: 1.2em; }
footer { margin-top: 28px; color: var(--muted); font-size: 0.85rem; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { font-size: 10pt; }
  main { max-width: none; padding: 0; }
  .table-scroll { overflow: visible; }
  table { font-size: 8.5pt; }
  thead { display: table-header-group; }
  tr, .headline, figure, svg.chart { break-inside: avoid; page-break-inside: avoid; }
  svg.chart { max-width: 120mm; }
  h2 { break-after: avoid; page-break-after: avoid; }
  th, td { white-space: normal; }
  summary { list-style: none; }
}
`;
