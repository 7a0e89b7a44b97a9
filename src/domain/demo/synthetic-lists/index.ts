// One generator of synthetic detainee lists with their known truth, for the demo, the benchmarks and the tests.
export { type DemoListFile, generateDemoLists } from './demo-lists.js';
export { type GeneratedLists, type GeneratedRow, generateDetaineeLists, pairKey } from './detainee-lists.js';
export { FAKER_NAMES } from './faker-names.js';
export { ARMENIAN_TOWNS, AZERBAIJANI_TOWNS, FRONT_PLACES } from './places.js';
