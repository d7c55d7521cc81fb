/**
 * Turns `<div data-quartier="card" data-src="…" data-project="…">` into the
 * widget, inside the div (the CMS keeps its div; its other children are
 * replaced). Every attribute of the element can be given as `data-*`; values
 * pasted through editors are cleaned (spaces, typographic quotes, `&amp;`,
 * invisible characters). A value the widget cannot use is named in a visible
 * message for the editor above the widget, and an unknown `data-quartier`
 * value gets only that message. Later changes to the div's data-* attributes
 * reach the widget.
 */
import { translator, type UntypedTranslate } from '../i18n/translate.js';
import { deAttribute } from '../i18n/de/attribute.js';
import { deMarkup } from '../i18n/de/markup.js';
import { loadMessages } from '../i18n/load-messages.js';
import { langOf } from '../i18n/resolve-lang.js';
import type { MessageKey } from '../i18n/messages.js';
import { WIDGET_ALIASES, widgetAttributes, widgetNamed } from '../elements/widgets.js';
import type { WidgetSpec } from '../elements/base/widget-spec.js';

/** The notes' German texts (other languages carry them in their table). */
const german = { ...deMarkup, ...deAttribute };
/** The widget made for a div, on the div itself under a registry symbol: a second copy of the bundle finds it too. */
const WIDGET = Symbol.for('quartier-widgets.markup-widget');
type MarkedDiv = HTMLElement & { [WIDGET]?: Element };

/** A value as an editor meant it: no invisible characters, no typographic or doubled quotes, `&amp;` as `&`. */
export function cleanValue(raw: string): string {
  return raw
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .replace(/&amp;/gi, '&')
    .trim()
    .replace(/^["'“”„‟‘’‚‛«»‹›]+|["'“”„‟‘’‚‛«»‹›]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

interface Problem {
  readonly key: MessageKey;
  readonly params: Readonly<Record<string, string>>;
}

/**
 * Copies the div's data-* attributes to the widget, as the widget's spec
 * says: booleans are on unless `false`; a value of a closed set (`choice`, or
 * a number of a set) is checked, in any case; the rest is passed on (the
 * widget names unknown words of `tokens` itself, in debug mode). Returns what
 * could not be used.
 */
function applyAttributes(div: HTMLElement, widget: Element, spec: WidgetSpec): Problem[] {
  const problems: Problem[] = [];
  for (const [name, attribute] of widgetAttributes(spec)) {
    const raw = div.getAttribute(`data-${name}`);
    if (raw === null) {
      widget.removeAttribute(name);
      continue;
    }
    const value = cleanValue(raw);
    if (attribute.kind === 'boolean') {
      widget.toggleAttribute(name, value.toLowerCase() !== 'false');
      continue;
    }
    const allowed = attribute.kind === 'tokens' ? undefined : attribute.values;
    const normal = allowed ? value.toLowerCase() : value;
    if (allowed && !allowed.includes(normal)) {
      problems.push({ key: 'attribute.not-allowed', params: { name: `data-${name}`, value, allowed: allowed.join(', ') } });
      widget.removeAttribute(name);
    } else widget.setAttribute(name, normal);
  }
  return problems;
}

/** A visible note for the editor (text only), or none. */
function showProblems(div: HTMLElement, problems: readonly Problem[]): void {
  div.querySelector(':scope > [data-quartier-message]')?.remove();
  if (!problems.length) return;
  const note = document.createElement('p');
  note.setAttribute('data-quartier-message', '');
  note.setAttribute('role', 'alert');
  // CSSOM, not a style attribute in markup: allowed under a strict CSP.
  Object.assign(note.style, { border: '2px solid #b3261e', background: '#fdecea', color: '#1f2328', padding: '0.5em 0.75em', borderRadius: '0.5em' });
  const lang = langOf(div);
  note.lang = lang;
  const write = (t: ReturnType<typeof translator>): void => {
    note.textContent = problems.map((p) => (t as UntypedTranslate)(p.key, p.params)).join(' ');
  };
  write(translator({}, 'de', { german }));
  void loadMessages(lang).then(({ messages, lang: table }) => write(translator(messages, lang, { table, german })));
  div.prepend(note);
}

/** Upgrades one div (once; later calls only refresh its attributes). */
export function upgradeMarkup(div: HTMLElement): void {
  try {
    const existing = (div as MarkedDiv)[WIDGET];
    if (existing) {
      showProblems(div, applyAttributes(div, existing, widgetNamed(existing.localName)!));
      return;
    }
    const name = cleanValue(div.getAttribute('data-quartier') ?? '').toLowerCase();
    const spec = widgetNamed(name);
    if (!spec || !customElements.get(spec.tag)) {
      showProblems(div, [{ key: 'markup.unknown-widget', params: { value: name, allowed: WIDGET_ALIASES } }]);
      return;
    }
    const widget = document.createElement(spec.tag);
    (div as MarkedDiv)[WIDGET] = widget;
    const problems = applyAttributes(div, widget, spec);
    div.replaceChildren(widget);
    showProblems(div, problems);
    // A page builder that edits the div's attributes later: the widget follows.
    new MutationObserver(() => upgradeMarkup(div)).observe(div, {
      attributes: true,
      attributeFilter: [...widgetAttributes(spec).keys()].map((a) => `data-${a}`),
    });
  } catch (error) {
    console.warn('[quartier-widgets] data-quartier markup could not be upgraded:', error);
  }
}
