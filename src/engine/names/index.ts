export { compareNames, nameBlockingKeys } from './compare-names.js';
export { detectScript } from './detect-script.js';
export { parseName } from './name-parts.js';
export type {
  NameComparison,
  NameInput,
  NameLevel,
  NameToken,
  ParsedName,
  Script,
} from './types.js';
