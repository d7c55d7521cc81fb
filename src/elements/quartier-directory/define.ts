/** Registers <quartier-directory> (skipped with a warning when the tag is taken). */
import { define } from '../base/define.js';
import { QuartierDirectory } from './quartier-directory.js';
// The cards it opens in place (registered here, not by the view, so the script-tag entry keeps one copy in one chunk).
import '../quartier-card/define.js';

define('quartier-directory', QuartierDirectory);

declare global {
  interface HTMLElementTagNameMap {
    'quartier-directory': QuartierDirectory;
  }
}
