/**
 * The script-tag entry: `<script type="module" src=".../quartier-widgets.js">`
 * registers every element. Loading it twice, or two versions, is harmless.
 */
import './elements/quartier-card/define.js';
import './elements/partner-list/define.js';
