/**
 * The results of <quartier-directory>: one compact entry per project (name,
 * place, status, summary, fields of action, partners, offers, last change),
 * each a link to the project's own page (`href`) or a button that opens its
 * full card in place; and the page navigation. Row text reaches the DOM as
 * text only, links only as http(s).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { statusOf, type DirectoryRow } from '../../directory/directory-row.js';
import type { DirectoryResults } from '../../directory/directory-search.js';
import { formatPartialDate } from '../../i18n/intl-format.js';
import { webHref } from '../shared/links.js';
import { pickText } from '../../feed/text.js';
import { inlineText } from '../shared/render-text.js';
import { today, type DirectoryController } from './directory-controller.js';
import type { DirectoryModel } from './directory-load.js';
import { heading } from '../shared/heading.js';

/** The project's own page from the `href` template, resolved against the page; only http(s). */
export function projectHref(template: string, row: DirectoryRow, feedId: string): string | undefined {
  if (!template.trim()) return undefined;
  const filled = template
    .trim()
    .replace(/\{id\}/g, encodeURIComponent(row.project))
    .replace(/\{feed\}/g, encodeURIComponent(feedId));
  try {
    return webHref(new URL(filled, document.baseURI).href);
  } catch {
    return undefined;
  }
}

/** Partner names shown in an entry; the rest are counted by the list's "…". */
const PARTNERS_SHOWN = 3;

function renderRow(ctl: DirectoryController, model: DirectoryModel, row: DirectoryRow, level: number): TemplateResult {
  const host = ctl.host;
  const { t, lang } = host.locale;
  const ctx = { lang, feedLang: Object.keys(row.name)[0] ?? 'de' };
  const feed = model.feeds[row.feed];
  const key = ctl.key(model, row);
  const href = projectHref(host.href, row, feed?.id ?? '');
  const open = ctl.open.get(key);
  const id = `card-${encodeURIComponent(key).replace(/%/g, '_')}`;
  const status = statusOf(row, today());
  const where = [
    row.quarter ? inlineText(row.quarter, ctx) : undefined,
    row.municipality,
    row.district && row.district !== row.municipality ? row.district : undefined,
  ].filter((x) => x !== undefined);
  const partners = row.partners.slice(0, PARTNERS_SHOWN).join(t('text.separator')) + (row.partners.length > PARTNERS_SHOWN ? ' …' : '');
  const name = inlineText(row.name, ctx);
  // A paragraph of its own language and direction, so its clamped end (…) falls where the text ends.
  const summary = pickText(row.summary, lang, ctx.feedLang);
  return html`<li class="result" part="result">
    <div class="head">
      ${heading(
        level,
        href
          ? html`<a href=${href} data-key=${key} @click=${(e: Event) => ctl.follow(e, row)}>${name}</a>`
          : html`<button type="button" class="toggle" data-key=${key} aria-expanded=${open ? 'true' : 'false'} aria-controls=${id} @click=${() => ctl.toggle(model, row)}>
              <span class="chevron" aria-hidden="true"></span>${name}
            </button>`,
        'name',
      )}
      ${status ? html`<span class="tag status-${status}">${t(`directory.status.${status}`)}</span>` : nothing}
    </div>
    ${where.length ? html`<p class="where">${where.map((w, i) => html`${i ? t('text.separator') : ''}${typeof w === 'string' ? html`<span dir="auto">${w}</span>` : w}`)}</p>` : nothing}
    ${summary ? html`<p class="summary" lang=${summary.lang} dir="auto">${summary.text}</p>` : nothing}
    ${row.fields.length ? html`<ul class="tags">${row.fields.map((f) => html`<li class="tag">${t(`field.${f}`)}</li>`)}</ul>` : nothing}
    <p class="meta">
      ${partners ? html`<span dir="auto">${partners}</span>` : nothing}
      ${row.offers ? html`<span>${t('directory.offers', { count: row.offers })}</span>` : nothing}
      ${row.modified ? html`<span>${t('directory.modified', { date: formatPartialDate(row.modified, t) })}</span>` : nothing}
    </p>
    ${href ? nothing : html`<div id=${id} class="card" part="card" ?hidden=${!open}>${open ? renderCard(ctl, row, open.state === 'ready' ? open : undefined, open.state, level) : nothing}</div>`}
  </li>`;
}

function renderCard(ctl: DirectoryController, row: DirectoryRow, ready: { feed?: unknown } | undefined, state: string, level: number): TemplateResult {
  const host = ctl.host;
  const { t, lang } = host.locale;
  if (state === 'error') return html`<p class="note" role="alert">${t('directory.card-error')}</p>`;
  if (!ready) return html`<p class="note" role="status">${t('state.loading')}</p>`;
  const headingLevel = Math.min(6, level + 1);
  return ready.feed !== undefined
    ? html`<quartier-card project=${row.project} lang=${lang} heading-level=${headingLevel} .feed=${ready.feed}></quartier-card>`
    : host.feed !== undefined && host.feed !== null
      ? html`<quartier-card project=${row.project} lang=${lang} heading-level=${headingLevel} .feed=${host.feed}></quartier-card>`
      : html`<quartier-card project=${row.project} lang=${lang} heading-level=${headingLevel} src=${host.src}></quartier-card>`;
}

function renderPages(ctl: DirectoryController, results: DirectoryResults): TemplateResult | typeof nothing {
  if (results.pages < 2) return nothing;
  const { t } = ctl.host.locale;
  const { page, pages } = results;
  return html`<nav class="pages" part="pages" aria-label=${t('directory.page', { page, pages })}>
    <button type="button" class="page-button" ?disabled=${page <= 1} @click=${() => ctl.set({ page: page - 1 })}>
      <span aria-hidden="true" class="arrow">‹</span> ${t('directory.previous')}
    </button>
    <span class="page-of">${t('directory.page', { page, pages })}</span>
    <button type="button" class="page-button" ?disabled=${page >= pages} @click=${() => ctl.set({ page: page + 1 })}>
      ${t('directory.next')} <span aria-hidden="true" class="arrow">›</span>
    </button>
  </nav>`;
}

export function renderResults(ctl: DirectoryController, model: DirectoryModel, results: DirectoryResults, level: number): TemplateResult {
  // Focus comes to the list after a page change (its name says which page), so the next Tab reaches its first project.
  return html`<ol id="results" class="results" part="results" tabindex="-1" aria-label=${ctl.host.locale.t('directory.page', { page: results.page, pages: results.pages })}>
      ${results.rows.map((row) => renderRow(ctl, model, row, level))}
    </ol>
    ${renderPages(ctl, results)}`;
}
