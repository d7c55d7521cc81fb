/**
 * "Aushang drucken": the button that prints a notice of the project or of
 * one place (elements/shared/print-notice.ts, fetched with the QR encoder
 * only when pressed). Its accessible name says what it prints.
 */
import { html, type TemplateResult } from 'lit';
import type { Place, Project } from '../../feed/types.js';
import { plainText } from '../shared/render-text.js';
import type { CardRender } from './quartier-card.view.js';

type Card = Pick<CardRender, 'host' | 'feed' | 't' | 'tc'>;

export function printButton(card: Card, project: Project, place?: Place): TemplateResult {
  const { host, t } = card;
  const label = t('print.notice');
  const print = (): void => {
    import('../shared/print-notice.js')
      .then((m) =>
        m.printNotice({
          feed: card.feed,
          project,
          place,
          t: host.locale.t,
          lang: host.locale.lang,
          dir: host.locale.dir,
          url: m.noticeUrl(host.printUrl, place),
        }),
      )
      .catch((error: unknown) => console.warn('quartier-widgets: the notice could not be printed', error));
  };
  return html`<button type="button" class="action" part="action" aria-label=${`${label}: ${plainText(place ? place.name : project.name, card.tc)}`} @click=${print}>
    ${label}
  </button>`;
}
