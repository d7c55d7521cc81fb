/**
 * The script-tag entry: `<script type="module" src=".../quartier-widgets.js">`
 * registers every element and upgrades `<div data-quartier>` markup. Loading
 * it twice, or two versions, is harmless.
 * A site's consent manager may `import()` this same URL and call
 * `setMapConsent(true)` to open every map on the page.
 */
import './elements/quartier-card/define.js';
import './elements/partner-list/define.js';
import './elements/offer-map/define.js';
import './elements/quartier-agenda/define.js';
import './elements/quartier-directory/define.js';
import { watchMarkup } from './markup/watch-markup.js';

export { setMapConsent } from './elements/shared/map-consent.js';

// <div data-quartier="card" data-src="…"> from rich-text editors becomes the widget.
watchMarkup();
