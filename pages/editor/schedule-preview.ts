/**
 * Beside an offer's regular times: the sentence the widgets will show for
 * them ("jeden 2. Dienstag im Monat, 10–12 Uhr", made by the widgets' own
 * `describeSchedule`) and the next three dates (the widgets' `nextDates`),
 * both from the offer as the validator reads it — so what the partner sees
 * here is what residents will see.
 */
import { html, type TemplateResult } from 'lit';
import type { FeedPath } from '../../src/authoring/field-path.js';
import { describeOccurrence } from '../../src/elements/shared/offer-times.js';
import { nextDates } from '../../src/feed/schedule.js';
import { describeSchedule } from '../../src/i18n/schedule-words.js';
import type { FormContext } from './form-context.js';
import { idOf, valueAt } from './feed-values.js';

export function schedulePreview(ctx: FormContext, path: FeedPath): TemplateResult {
  const { p, t } = ctx.texts;
  const [list, index] = path;
  const id = idOf(valueAt(ctx.json, [list!, index!]));
  const offer = list === 'offers' && id !== undefined ? ctx.doc.check.feed?.offers.find((o) => o.id === id) : undefined;
  if (!offer) return html`<div class="schedule-preview"><p>${p('schedule.not-shown')}</p></div>`;
  const words = offer.schedule ? describeSchedule(offer.schedule, t) : '';
  const dates = nextDates(offer, { count: 3 });
  return html`<div class="schedule-preview">
    <p class="label">${p('schedule.words')}</p>
    <p class="words">${words || p('schedule.no-rules')}</p>
    <p class="label">${p('schedule.next')}</p>
    ${
      dates.length
        ? html`<ol class="dates">
          ${dates.map((d) => html`<li>${describeOccurrence(d, t)}</li>`)}
        </ol>`
        : html`<p>${p(offer.status === 'active' ? 'schedule.no-dates' : 'schedule.not-active')}</p>`
    }
  </div>`;
}
