// jixiao/presets: the shipped schemes (Guangzhou 2023 部门整体, national 项目支出 2020) as data with
// their sources, the registry that finds one by id and year, and the reader of written targets.
// Apart from the core entry because a consumer who scores schemes of their own does not need
// them; data files that name a preset are read by jixiao/json, which loads them itself.
export type {
  Preset,
  PresetSlot,
  DepartmentIndicator,
  PresetBuildOptions,
} from './presets/Preset.js';
export { presets, findPreset, shippedPresets } from './presets/presets.js';
export { gzDepartmentOverall2023 } from './presets/gzDepartmentOverall2023.js';
export { nationalProject2020 } from './presets/nationalProject2020.js';
export {
  createPresetRegistry,
  type PresetRegistry,
  type PresetSelection,
} from './presets/createPresetRegistry.js';
export { parseWrittenTarget, type WrittenTarget } from './presets/parseWrittenTarget.js';
