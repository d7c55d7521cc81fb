// Types of the kit's patched copy of Leaflet's ES module build (src/map/leaflet.js,
// written by scripts/generate-leaflet.js): the API of `leaflet`.
export * from 'leaflet';
