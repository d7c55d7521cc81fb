/**
 * The problems panel: the checker core's report on the feed's text
 * (`checkFeed`, as on the checker page and the command line) in the
 * checker's own sentences — problems, hints for fields the format does not
 * know, missing translations — each with a button that takes the partner to
 * the field; and which of them a field shows. `reportItems` is the one place
 * where a report becomes the items the panel and the fields show. Also the
 * findings of an opened spreadsheet, at their sheet, row and column.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { fieldAt, fieldsAt, type FeedPath } from '../../src/authoring/field-path.js';
import { RECORD_SPECS } from '../../src/authoring/feed-fields.js';
import { byPosition, fieldList, type FeedCheck } from '../../src/checker/check.js';
import { describeCell, describeCheckWarning, describeHint, describeProblems } from '../../src/i18n/authoring-messages.js';
import { describeFeedError } from '../../src/i18n/feed-messages.js';
import type { ProblemItem } from './form-context.js';
import { nameOf, valueAt } from './feed-values.js';
import type { Texts } from './texts.js';

/** The report as items: why the feed cannot be used, every problem, every hint, every missing translation. */
export function reportItems(check: FeedCheck, texts: Texts): ProblemItem[] {
  const { p, t, a } = texts;
  const items: ProblemItem[] = [];
  const failure = check.failure;
  if (failure && failure.error.code !== 'no-records') {
    items.push({ path: failure.error.code === 'unknown-version' ? ['version'] : [], text: describeFeedError(failure.error, t), kind: 'problem' });
  }
  for (const w of check.warnings) items.push({ path: w.path, text: describeCheckWarning(w, t, a), kind: 'problem' });
  for (const h of check.hints) items.push({ path: h.path, text: describeHint(h, t, a), kind: 'hint' });
  for (const m of check.missingTranslations) {
    const where = t('warning.where.record', { list: t(`list.${m.list}`), record: m.record });
    // One item per text named (a field shows the items at its path), with the same sentence.
    const text = p('missing.item', { where, field: fieldList(m), value: m.language });
    for (const path of m.paths) items.push({ path, text, kind: 'translation' });
  }
  return items;
}

/**
 * The items a field at `path` shows: those at its path, and those below it
 * when it is a `leaf` (a field without fields of its own) or when what is
 * below is not a field of its own (an unknown key).
 */
export function problemsAt(items: readonly ProblemItem[], path: FeedPath, leaf: boolean): ProblemItem[] {
  return items.filter((item) => {
    if (item.path.length < path.length || !path.every((step, i) => item.path[i] === step)) return false;
    if (item.path.length === path.length || leaf) return true;
    const next = item.path[path.length];
    return typeof next === 'string' && !(fieldsAt(path) ?? []).some((f) => f.key === next);
  });
}

/** Where an item is, in the form's words: "Angebot „Frauentreff“ › Regelmäßige Zeiten › Regeln Nr. 1 › Bis". */
export function whereLabel(path: FeedPath, json: unknown, feedLang: string, texts: Texts): string {
  const { p, lang } = texts;
  const spec = RECORD_SPECS.find((r) => r.list === path[0]);
  const parts: string[] = [];
  let start = 0;
  if (spec && typeof path[1] === 'number') {
    const name = nameOf(valueAt(json, [spec.list, path[1]]), feedLang);
    parts.push(name ? `${spec.one[lang]} „${name}“` : p('where.record-number', { one: spec.one[lang], number: path[1] + 1 }));
    start = 2;
  } else parts.push(p('section.feed'));
  for (let i = start; i < path.length; i++) {
    const step = path[i]!;
    if (typeof step === 'number') parts[parts.length - 1] += ` ${p('where.number', { number: step + 1 })}`;
    else parts.push(fieldAt(path.slice(0, i + 1))?.label[lang] ?? step);
  }
  return parts.join(' › ');
}

export interface ProblemsPanel {
  readonly check: FeedCheck;
  readonly items: readonly ProblemItem[];
  readonly json: unknown;
  readonly feedLang: string;
  /** Takes the partner to the field of a path. */
  go(path: FeedPath): void;
}

function summary(panel: ProblemsPanel, texts: Texts): string {
  const { p } = texts;
  if (panel.check.failure && panel.check.failure.error.code !== 'no-records') return p('problems.unusable');
  const count = (kind: ProblemItem['kind']): number => panel.items.filter((i) => i.kind === kind).length;
  const problems = count('problem');
  const hints = count('hint');
  const gaps = panel.check.missingTranslations.length + panel.check.moreMissingTranslations;
  const parts = [problems ? p('summary.problems', { count: problems }) : p('summary.ok')];
  if (hints) parts.push(p('summary.hints', { count: hints }));
  if (gaps) parts.push(p('summary.missing', { count: gaps }));
  const text = parts.join(', ');
  return `${text.charAt(0).toLocaleUpperCase(texts.lang)}${text.slice(1)}.`;
}

export function problemsPanel(panel: ProblemsPanel, texts: Texts): TemplateResult {
  const { p } = texts;
  return html`<section class="problems panel" aria-labelledby="problems-heading">
    <h2 id="problems-heading">${p('problems.heading')}</h2>
    <p class="summary" role="status">${summary(panel, texts)}</p>
    ${
      panel.items.length === 0
        ? html`<p class="ok">${p('problems.none')}</p>`
        : html`<ol class="findings">
          ${panel.items.map(
            (item) => html`<li class=${item.kind}>
              <button type="button" class="link" @click=${() => panel.go(item.path)}>${whereLabel(item.path, panel.json, panel.feedLang, texts)}</button>
              <p>${item.kind === 'problem' ? nothing : html`<span class="tag">${p(item.kind === 'hint' ? 'problems.hint' : 'problems.gap')}</span> `}${item.text}</p>
            </li>`,
          )}
        </ol>`
    }
  </section>`;
}

/** Whether the checker found anything in an opened spreadsheet that `sheetReport` shows. */
export function hasSheetFindings(check: FeedCheck): boolean {
  return check.readProblems.length + check.warnings.length + check.hints.length > 0;
}

/**
 * What the checker found in an opened spreadsheet, at its sheet, row and
 * column — the problems (rows it could not read among them) and the hints —
 * for a partner who goes on keeping the spreadsheet. The editor's own
 * report, at the fields, is the problems panel's.
 */
export function sheetReport(check: FeedCheck, texts: Texts, hide: () => void): TemplateResult | typeof nothing {
  if (!hasSheetFindings(check)) return nothing;
  const { p, t, a } = texts;
  const found = [...describeProblems(check, t, a), ...check.hints.map((h) => ({ at: h, code: h.code, message: describeHint(h, t, a) }))].sort((m, n) =>
    byPosition(m.at, n.at),
  );
  return html`<section class="sheet-report panel" aria-labelledby="sheet-heading">
    <h2 id="sheet-heading" tabindex="-1">${p('sheet.heading', { name: check.source })}</h2>
    <p>${p('sheet.intro')}</p>
    <ol class="findings">
      ${found.map((f) => html`<li>${f.at.cell ? html`<strong>${describeCell(f.at.cell, a)}:</strong> ` : nothing}${f.message}</li>`)}
    </ol>
    <button type="button" class="small" @click=${hide}>${p('sheet.close')}</button>
  </section>`;
}
