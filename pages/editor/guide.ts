/**
 * The guided start of a new feed, in four steps: who publishes it (an
 * organisation, which also becomes the feed's publisher), the project (with
 * that organisation as its lead), its places (with a pin on the map), its
 * offers (with their regular times). Each step is the same form as in the
 * full editor, with the fields a first feed needs; everything else is there
 * in the editor afterwards.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { recordSpec, type RecordListName } from '../../src/authoring/feed-fields.js';
import { isRecord } from '../../src/feed/checks.js';
import { fieldId, type FormContext } from './form-context.js';
import { idOf, recordsOf, valueAt } from './feed-values.js';
import { renderFields } from './fields/render-field.js';
import { oneInText, recordLabel } from './record-section.js';
import { addRecord, deleteRecord } from './record-ops.js';
import type { PageKey } from './texts.js';

interface Step {
  readonly list: RecordListName;
  readonly heading: PageKey;
  readonly intro: PageKey;
  /** The fields asked for. */
  readonly fields: readonly string[];
  /** Several records (places, offers), or the first one only. */
  readonly many: boolean;
}

export const GUIDE_STEPS: readonly Step[] = [
  { list: 'organizations', heading: 'guide.publisher', intro: 'guide.publisher.intro', fields: ['name', 'type', 'url', 'email', 'phone'], many: false },
  {
    list: 'projects',
    heading: 'guide.project',
    intro: 'guide.project.intro',
    fields: ['name', 'shortName', 'summary', 'municipality', 'fieldsOfAction'],
    many: false,
  },
  { list: 'places', heading: 'guide.places', intro: 'guide.places.intro', fields: ['name', 'address', 'geo', 'geoNote'], many: true },
  { list: 'offers', heading: 'guide.offers', intro: 'guide.offers.intro', fields: ['name', 'category', 'place', 'provider', 'schedule', 'cost'], many: true },
];

/** Makes sure a step has a record to fill in. */
export function enterStep(ctx: FormContext, step: number): void {
  const { list } = GUIDE_STEPS[step]!;
  if (recordsOf(ctx.json, list).length === 0) addRecord(ctx.doc, list);
}

/** What leaving a step fills in: the publisher from the organisation, the organisation as the project's lead. */
export function leaveStep(ctx: FormContext, step: number): void {
  const json = ctx.doc.json;
  const org = valueAt(json, ['organizations', 0]);
  if (GUIDE_STEPS[step]!.list === 'organizations' && isRecord(org) && valueAt(json, ['publisher']) === undefined) {
    const publisher: Record<string, unknown> = {};
    for (const key of ['name', 'url', 'email']) {
      const value = valueAt(org, [key]);
      if (typeof value === 'string') publisher[key] = value;
    }
    if (Object.keys(publisher).length) ctx.set(['publisher'], publisher);
  }
  const orgId = idOf(org);
  if (GUIDE_STEPS[step]!.list === 'projects' && orgId && isRecord(valueAt(json, ['projects', 0])) && valueAt(json, ['projects', 0, 'partners']) === undefined) {
    ctx.set(['projects', 0, 'partners'], [{ organization: orgId, role: 'lead' }]);
  }
  ctx.seal();
}

export interface GuideActions {
  step(step: number): void;
  finish(): void;
}

function recordBlock(ctx: FormContext, step: Step, index: number, count: number): TemplateResult {
  const { p, lang } = ctx.texts;
  const spec = recordSpec(step.list);
  const record = valueAt(ctx.json, [step.list, index]);
  const legend = `${spec.one[lang]} ${index + 1}: ${recordLabel(ctx, record)}`;
  return html`<fieldset class="guide-record">
    <legend>${legend}</legend>
    ${renderFields(ctx, spec.fields, [step.list, index], { only: step.fields })}
    ${
      step.many && count > 1
        ? html`<button type="button" class="small danger" @click=${() => {
            deleteRecord(ctx.doc, step.list, index);
            ctx.announce(p('record.deleted', { name: recordLabel(ctx, record) }));
            ctx.focusAfterRender(`guide-add`);
          }}>${p('guide.remove', { name: `${spec.one[lang]} ${index + 1}` })}</button>`
        : nothing
    }
  </fieldset>`;
}

export function guideScreen(ctx: FormContext, step: number, on: GuideActions): TemplateResult {
  const { p, lang } = ctx.texts;
  const current = GUIDE_STEPS[step]!;
  const count = recordsOf(ctx.json, current.list).length;
  const indexes = current.many ? [...Array(count).keys()] : count ? [0] : [];
  const last = step === GUIDE_STEPS.length - 1;
  const add = (): void => {
    const index = addRecord(ctx.doc, current.list);
    if (index < 0) ctx.announce(p('record.list-broken', { label: recordSpec(current.list).label[lang] }));
    else ctx.focusAfterRender(fieldId([current.list, index, 'name']));
  };
  return html`<section class="guide" aria-labelledby="guide-heading">
    <p class="step-count">${p('guide.step', { step: step + 1, count: GUIDE_STEPS.length })}</p>
    <h2 id="guide-heading" tabindex="-1">${p(current.heading)}</h2>
    <p class="lead">${p(current.intro)}</p>
    ${indexes.map((i) => recordBlock(ctx, current, i, count))}
    ${current.many ? html`<p><button type="button" class="add" id="guide-add" @click=${add}>${p('record.add', { one: oneInText(current.list, lang) })}</button></p>` : nothing}
    <div class="guide-nav">
      ${step > 0 ? html`<button type="button" @click=${() => on.step(step - 1)}>${p('guide.back')}</button>` : nothing}
      ${
        last
          ? html`<button type="button" class="primary" id="guide-next" @click=${on.finish}>${p('guide.finish')}</button>`
          : html`<button type="button" class="primary" id="guide-next" @click=${() => on.step(step + 1)}>${p('guide.next')}</button>`
      }
    </div>
  </section>`;
}
