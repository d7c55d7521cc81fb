/** Registers <partner-list> (skipped with a warning when the tag is taken). */
import { define } from '../base/define.js';
import { PartnerList } from './partner-list.js';

define('partner-list', PartnerList);

declare global {
  interface HTMLElementTagNameMap {
    'partner-list': PartnerList;
  }
}
