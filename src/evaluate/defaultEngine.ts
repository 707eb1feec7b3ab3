import { createEngine, type Engine } from './createEngine.js';
import type { Rule } from '../rules/Rule.js';

/** The engine with the built-in rule kinds only. */
export const defaultEngine: Engine<Rule> = createEngine();
