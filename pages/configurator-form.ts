/**
 * The configurator's form (the view): builds its controls from the widgets'
 * specs and the kit's languages and tokens, writes an option object into
 * them and reads one back, and keeps the colour pickers in step with their
 * text fields. Builds every node with the DOM (never from HTML strings) and
 * styles only through CSSOM, so the page runs under a strict CSP with
 * Trusted Types.
 */
import { LANGUAGES } from '../src/i18n/languages.js';
import {
  CHOICES,
  DEFAULT_HEADING_LEVEL,
  TOKENS,
  WIDGETS,
  choiceOf,
  defaultOptions,
  isSwitchMode,
  isValidToken,
  isWidgetLang,
  type ConfigOptions,
  type TokenKey,
  type Widget,
  type WidgetLang,
} from './configurator-snippets.js';
import { isTextKey } from './configurator-texts.js';

const isWidget = (value: string): value is Widget => (WIDGETS as readonly string[]).includes(value);

/** A text with `` `…` `` parts as nodes: those become `<code>`, the rest text (never HTML). */
export function toNodes(doc: Document, value: string): Node[] {
  return value.split('`').map((part, i) => {
    if (i % 2 === 0) return doc.createTextNode(part);
    const code = doc.createElement('code');
    code.textContent = part;
    return code;
  });
}

/** `#rgb` / `#rrggbb` (any case) as `#rrggbb`, or `undefined`. */
function hexColor(value: string): string | undefined {
  const v = value.trim().toLowerCase();
  if (/^#[0-9a-f]{6}$/.test(v)) return v;
  if (/^#[0-9a-f]{3}$/.test(v)) return `#${[...v.slice(1)].map((c) => c + c).join('')}`;
  return undefined;
}

export class ConfiguratorForm {
  readonly doc: Document;
  readonly form: HTMLFormElement;
  readonly srcInput: HTMLInputElement;
  readonly projectSelect: HTMLSelectElement;
  readonly projectManual: HTMLInputElement;
  private readonly probe: HTMLElement;

  constructor(readonly root: HTMLElement) {
    this.doc = root.ownerDocument;
    this.form = this.$<HTMLFormElement>('[data-form]');
    this.srcInput = this.$<HTMLInputElement>('input[name="src"]');
    this.projectSelect = this.$<HTMLSelectElement>('select[name="project"]');
    this.projectManual = this.$<HTMLInputElement>('input[name="project-manual"]');

    // A hidden probe turns any CSS colour into rgb() for the colour pickers.
    this.probe = this.doc.createElement('span');
    this.probe.hidden = true;
    this.root.append(this.probe);

    this.buildChecks('roles', CHOICES.roles.values, 'role');
    this.buildChecks('types', CHOICES.types.values, 'orgType');
    this.buildChecks('categories', CHOICES.categories.values, 'category');
    for (const name of ['variant', 'layout', 'consent', 'heading-level'] as const) this.buildChoices(name, CHOICES[name].values);
    this.buildLanguages();
    this.buildTokens();
  }

  $<T extends HTMLElement = HTMLElement>(selector: string): T {
    const found = this.root.querySelector<T>(selector);
    if (!found) throw new Error(`[configurator] missing ${selector}`);
    return found;
  }

  $$<T extends HTMLElement = HTMLElement>(selector: string): T[] {
    return [...this.root.querySelectorAll<T>(selector)];
  }

  input(name: string): HTMLInputElement {
    return this.$<HTMLInputElement>(`[name="${name}"]`);
  }

  /** Takes the colour probe off the page. */
  destroy(): void {
    this.probe.remove();
  }

  // ---- building the form ----

  /** `<label><input type name value> …</label>`: one checkbox or radio with its name. */
  private inputLabel(type: 'checkbox' | 'radio', name: string, value: string, ...names: Node[]): HTMLLabelElement {
    const label = this.doc.createElement('label');
    const input = this.doc.createElement('input');
    input.type = type;
    input.name = name;
    input.value = value;
    label.append(input, ...names.flatMap((node) => [' ', node]));
    return label;
  }

  /** An element of `tag` with `text` in it. */
  private textElement<K extends keyof HTMLElementTagNameMap>(tag: K, text: string): HTMLElementTagNameMap[K] {
    const el = this.doc.createElement(tag);
    el.textContent = text;
    return el;
  }

  private buildChecks(name: string, values: readonly string[], labelPrefix: string): void {
    const box = this.$(`[data-options="${name}"]`);
    box.replaceChildren(
      ...values.map((value) => {
        const kitName = this.doc.createElement('span');
        kitName.dataset.kit = `${labelPrefix}.${value}`;
        return this.inputLabel('checkbox', name, value, kitName, this.textElement('code', value));
      }),
    );
  }

  /**
   * The radios or options of a closed set, from the widget's spec, into the
   * element marked `[data-choices]` (a fieldset of radios or a select): each
   * named by the page's text `<name>.<value>`, or by the value itself when
   * the page has no text for it (yet).
   */
  private buildChoices(name: string, values: readonly string[]): void {
    const box = this.$(`[data-choices="${name}"]`);
    /** Named by the page's text for the value (filled in by setUiLang), or by the value. */
    const named = <E extends HTMLElement>(el: E, value: string): E => {
      const key = `${name}.${value}`;
      if (isTextKey(key)) el.dataset.t = key;
      else el.textContent = value;
      return el;
    };
    if (box instanceof HTMLSelectElement) {
      box.replaceChildren(
        ...values.map((value) => {
          const option = named(this.doc.createElement('option'), value);
          option.value = value;
          return option;
        }),
      );
      return;
    }
    box.querySelectorAll(':scope > label').forEach((old) => old.remove());
    box.append(
      ...values.map((value) => this.inputLabel('radio', name, value, named(this.doc.createElement(isTextKey(`${name}.${value}`) ? 'span' : 'code'), value))),
    );
  }

  /**
   * The kit's languages, each named in itself (with its `lang`): as options of
   * the widget's language (after "as the page") and as the checkboxes of the
   * language switch.
   */
  private buildLanguages(): void {
    const select = this.$<HTMLSelectElement>('select[data-langs]');
    select.replaceChildren(
      ...[...select.options].filter((o) => o.value === ''),
      ...LANGUAGES.map((language) => {
        const option = this.doc.createElement('option');
        option.value = language.tag;
        option.lang = language.tag;
        option.textContent = language.name;
        return option;
      }),
    );
    this.$('[data-options="switch-languages"]').replaceChildren(
      ...LANGUAGES.map((language) => {
        const name = this.textElement('span', language.name);
        name.lang = language.tag;
        return this.inputLabel('checkbox', 'switch-languages', language.tag, name, this.textElement('code', language.tag));
      }),
    );
  }

  private buildTokens(): void {
    const box = this.$('[data-tokens]');
    box.replaceChildren(
      ...TOKENS.map((token) => {
        const id = `cfg-token-${token.key}`;
        const row = this.doc.createElement('div');
        row.className = 'token';
        const label = this.doc.createElement('label');
        label.htmlFor = id;
        label.dataset.t = `token.${token.key}`;
        const line = this.doc.createElement('div');
        line.className = 'row';
        const field = this.doc.createElement('input');
        field.type = 'text';
        field.id = id;
        field.name = `token-${token.key}`;
        field.spellcheck = false;
        field.dir = 'ltr';
        field.autocomplete = 'off';
        if (token.fallback) field.placeholder = token.fallback;
        field.setAttribute('aria-describedby', 'cfg-theme-hint');
        line.append(field);
        if (token.kind === 'color') {
          const pick = this.doc.createElement('input');
          pick.type = 'color';
          pick.value = token.fallback;
          pick.dataset.pick = token.key;
          line.append(pick);
        }
        const invalid = this.doc.createElement('p');
        invalid.className = 'invalid';
        invalid.id = `${id}-invalid`;
        invalid.dataset.t = 'token.invalid';
        invalid.hidden = true;
        row.append(label, line, invalid);
        return row;
      }),
    );
  }

  // ---- form ⇄ options ----

  write(o: ConfigOptions): void {
    this.srcInput.value = o.src;
    this.checkRadio('widget', o.widget);
    this.checkRadio('variant', o.variant);
    this.checkRadio('consent', o.consent);
    this.$<HTMLSelectElement>('select[name="lang"]').value = o.lang;
    this.checkRadio('language-switch', o.languageSwitch);
    for (const box of this.$$<HTMLInputElement>('input[name="switch-languages"]')) box.checked = o.switchLanguages.includes(box.value);
    this.$<HTMLSelectElement>('select[name="layout"]').value = o.layout;
    this.$<HTMLSelectElement>('select[name="heading-level"]').value = String(o.headingLevel);
    this.input('debug').checked = o.debug;
    this.input('inline-style').checked = o.inlineStyle;
    this.input('tiles').value = o.tiles;
    this.input('attribution').value = o.attribution;
    this.input('href').value = o.href;
    this.input('base').value = o.base;
    this.input('site').value = o.site;
    this.projectManual.value = o.project;
    for (const [name, values] of [
      ['roles', o.roles],
      ['types', o.types],
      ['categories', o.categories],
    ] as const) {
      for (const box of this.$$<HTMLInputElement>(`input[name="${name}"]`)) box.checked = values.includes(box.value);
    }
    for (const token of TOKENS) this.input(`token-${token.key}`).value = o.theme[token.key] ?? '';
    this.syncPickers();
  }

  private checkRadio(name: string, value: string): void {
    for (const radio of this.$$<HTMLInputElement>(`input[name="${name}"]`)) radio.checked = radio.value === value;
  }

  radio(name: string): string {
    return this.root.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value ?? '';
  }

  private checked(name: string): string[] {
    return this.$$<HTMLInputElement>(`input[name="${name}"]:checked`).map((box) => box.value);
  }

  /** The options as the form says now, with the feed URL and the project the caller knows (the iframe's title is the caller's too). */
  read(src: string, project: string): ConfigOptions {
    const widgetValue = this.radio('widget');
    const widget: Widget = isWidget(widgetValue) ? widgetValue : 'card';
    const langValue = this.$<HTMLSelectElement>('select[name="lang"]').value;
    const lang: WidgetLang = isWidgetLang(langValue) ? langValue : '';
    const switchMode = this.radio('language-switch');
    const theme: Partial<Record<TokenKey, string>> = {};
    for (const token of TOKENS) {
      const value = this.input(`token-${token.key}`).value.trim();
      if (value) theme[token.key] = value;
    }
    return defaultOptions({
      widget,
      src,
      project,
      lang,
      languageSwitch: isSwitchMode(switchMode) ? switchMode : 'none',
      switchLanguages: this.checked('switch-languages'),
      variant: choiceOf(CHOICES.variant, this.radio('variant')),
      layout: choiceOf(CHOICES.layout, this.$<HTMLSelectElement>('select[name="layout"]').value),
      roles: this.checked('roles'),
      types: this.checked('types'),
      categories: this.checked('categories'),
      consent: choiceOf(CHOICES.consent, this.radio('consent')),
      tiles: this.input('tiles').value,
      attribution: this.input('attribution').value,
      href: this.input('href').value,
      headingLevel: Number(this.$<HTMLSelectElement>('select[name="heading-level"]').value) || DEFAULT_HEADING_LEVEL,
      debug: this.input('debug').checked,
      theme,
      inlineStyle: this.input('inline-style').checked,
      base: this.input('base').value,
      site: this.input('site').value,
    });
  }

  /** Empties the colour fields. */
  resetTheme(): void {
    for (const token of TOKENS) this.input(`token-${token.key}`).value = '';
    this.syncPickers();
  }

  /** Colour pickers follow their text fields; invalid values are marked. */
  syncPickers(): void {
    for (const token of TOKENS) {
      const field = this.input(`token-${token.key}`);
      const value = field.value.trim();
      const valid = !value || isValidToken(token.key, value);
      const message = this.$(`#cfg-token-${token.key}-invalid`);
      message.hidden = valid;
      if (valid) field.removeAttribute('aria-invalid');
      else field.setAttribute('aria-invalid', 'true');
      field.setAttribute('aria-describedby', valid ? 'cfg-theme-hint' : `${message.id} cfg-theme-hint`);
      const pick = this.root.querySelector<HTMLInputElement>(`[data-pick="${token.key}"]`);
      if (!pick) continue;
      const hex = !value ? token.fallback : valid ? this.toHex(value) : undefined;
      if (hex) pick.value = hex;
    }
  }

  /** Any CSS colour as `#rrggbb` (through the browser's own parser), or `undefined`. */
  private toHex(value: string): string | undefined {
    const direct = hexColor(value);
    if (direct) return direct;
    this.probe.style.color = '';
    this.probe.style.color = value;
    if (!this.probe.style.color) return undefined;
    this.probe.hidden = false;
    const computed = getComputedStyle(this.probe).color;
    this.probe.hidden = true;
    const match = /^rgba?\((\d+)[,\s]+(\d+)[,\s]+(\d+)/.exec(computed);
    if (!match) return undefined;
    return `#${match
      .slice(1, 4)
      .map((n) => Number(n).toString(16).padStart(2, '0'))
      .join('')}`;
  }
}
