/// <reference types="vite/client" />

/** Natural Earth's countries around the region, cut from the world atlas by the build (`vite.config.ts`). */
declare module 'virtual:natural-earth-region' {
  export const land: GeoJSON.FeatureCollection;
  export const borders: GeoJSON.MultiLineString;
}
