/** Registers <quartier-agenda> (skipped with a warning when the tag is taken). */
import { define } from '../base/define.js';
import { QuartierAgenda } from './quartier-agenda.js';

define('quartier-agenda', QuartierAgenda);

declare global {
  interface HTMLElementTagNameMap {
    'quartier-agenda': QuartierAgenda;
  }
}
