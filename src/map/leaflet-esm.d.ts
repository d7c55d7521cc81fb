// Leaflet's ES module build sets no global (its package.json points only at
// the UMD build, which sets window.L). Its API is that of `leaflet`.
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export * from 'leaflet';
}
