/**
 * The view of <quartier-directory>: a heading, the toolbar, the results and
 * the pages, with their texts and styles. Fetched with the index (the shell's
 * `loadView()`), which it loads itself (`load`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { deDirectory } from '../../i18n/de/directory.js';
import { deLabels } from '../../i18n/de/labels.js';
import { deMap } from '../../i18n/de/map.js';
import { contentStyles } from '../../styles/content.js';
import type { ElementView, ViewResult } from '../base/quartier-element.js';
import { heading } from '../shared/heading.js';
import { directoryController } from './directory-controller.js';
import { loadDirectory, type DirectoryLoad, type DirectoryModel } from './directory-load.js';
import { renderMap } from './directory-map.js';
import { renderResults } from './directory-results.js';
import { renderToolbar } from './directory-toolbar.js';
import type { QuartierDirectory } from './quartier-directory.js';
import { directorySpec } from './quartier-directory.spec.js';
import { directoryStyles } from './quartier-directory.styles.js';

function toView(host: QuartierDirectory, result: DirectoryLoad): ViewResult<DirectoryModel> {
  const model = directoryController(host).model(result.directory);
  return model.total > 0 || model.rows.rows.length > 0 ? { view: model } : { empty: true };
}

function render(host: QuartierDirectory, model: DirectoryModel): TemplateResult {
  const ctl = directoryController(host);
  const { t } = host.locale;
  const level = host.headingLevel;
  const waiting = ctl.waiting(model);
  const results = ctl.results(model);
  const failed = waiting && ctl.summary === 'error';
  return html`<div class="directory">
    ${heading(level, model.title ? html`<span dir="auto">${model.title}</span>` : t('directory.title'), 'title')} ${renderToolbar(ctl, model, results, waiting && !failed)}
    ${
      failed
        ? html`<p class="note" role="alert">${t('directory.summary-error', { count: model.rows.rows.length })}
          <button type="button" class="link" @click=${() => ctl.retrySummary()}>${t('directory.retry')}</button></p>`
        : nothing
    }
    ${renderMap(ctl, model)} ${waiting && !failed ? nothing : renderResults(ctl, model, results, Math.min(6, level + 1))}
  </div>`;
}

export const directoryView: ElementView<QuartierDirectory, DirectoryModel, DirectoryLoad> = {
  spec: directorySpec,
  styles: [contentStyles, directoryStyles],
  messages: { ...deLabels, ...deMap, ...deDirectory },
  load: loadDirectory,
  toView,
  render,
};
