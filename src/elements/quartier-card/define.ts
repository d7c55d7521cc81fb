/** Registers <quartier-card> (skipped with a warning when the tag is taken). */
import { define } from '../base/define.js';
import { QuartierCard } from './quartier-card.js';

define('quartier-card', QuartierCard);

declare global {
  interface HTMLElementTagNameMap {
    'quartier-card': QuartierCard;
  }
}
