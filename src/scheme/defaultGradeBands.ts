import { JixiaoDecimal } from '../decimal/JixiaoDecimal.js';
import { freezeScheme } from './freezeScheme.js';
import type { GradeBand } from './Scheme.js';

/**
 * The national grades with inclusive lower bounds: ≥90 优, ≥80 良, ≥60 中, else 差
 * (财政部预算司: 优 90–100, 良 80–89, 中 60–79, 差 0–59).
 *
 * @example
 * defaultGradeBands.map((band) => band.grade); // → ['优', '良', '中', '差']
 */
// Deep-frozen, so that a scheme using them is deep-frozen too and its preparation is reused.
export const defaultGradeBands: readonly GradeBand[] = freezeScheme([
  { grade: '优', name: { zh: '优', en: 'excellent' }, min: new JixiaoDecimal(90) },
  { grade: '良', name: { zh: '良', en: 'good' }, min: new JixiaoDecimal(80) },
  { grade: '中', name: { zh: '中', en: 'fair' }, min: new JixiaoDecimal(60) },
  { grade: '差', name: { zh: '差', en: 'poor' }, min: new JixiaoDecimal(0) },
]);
