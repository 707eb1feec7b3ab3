// The engine's public units; the rest of this folder is internal to it.
export { createEngine } from './createEngine.js';
export type { Engine } from './Engine.js';
export { evaluate } from './evaluate.js';
export { validateScheme } from './validateScheme.js';
