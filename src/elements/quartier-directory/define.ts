/** Registers <quartier-directory> (skipped with a warning when the tag is taken). */
import { define } from '../../define.js';
import { QuartierDirectory } from './quartier-directory.js';

define('quartier-directory', QuartierDirectory);

declare global {
  interface HTMLElementTagNameMap {
    'quartier-directory': QuartierDirectory;
  }
}
