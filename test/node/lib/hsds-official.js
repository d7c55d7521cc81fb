// The official HSDS 3.0 files (Open Referral, CC BY-SA 4.0) the interop tests
// read: `interop/hsds-3.0/` in the product's shared folder, which lies beside
// the checkout (or beside the folder of worktrees). They are not copied into
// the repository (the schemas alone are 17 MB).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './run-cli.js';

/** The folder `schema` or `examples` of the official HSDS 3.0 files; a clear error when the shared folder is not beside the checkout. */
export function hsdsOfficial(part) {
  const found = ['../shared', '../../shared'].map((up) => join(ROOT, up, 'interop/hsds-3.0', part)).find(existsSync);
  if (!found) throw new Error(`The official HSDS 3.0 ${part} are read from ../shared/interop/hsds-3.0/${part} beside the checkout (${ROOT}); not found.`);
  return found;
}
