/** The kit's version, named when two copies meet on one page (kept equal to package.json by a test). */
export const VERSION = '0.1.0';
