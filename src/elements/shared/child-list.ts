/**
 * A list's entries without Lit's list markers. Lit marks each entry of an
 * array in a template with two comment nodes (and its content binding with a
 * third); a card of a hundred entries carries hundreds of them, each a DOM
 * node to create, insert and keep. This directive sits on the list element
 * itself (`<ul ${childList(entries)}></ul>`) and keeps one child element per
 * entry (`<li>` unless told otherwise), reused by position as Lit reuses an
 * array's entries: a string becomes the element's text (`textContent`, never
 * markup), anything else is rendered into it with Lit's `render()` (one
 * marker). The list element's own template must give it no children.
 * `contentOnce()` does the same for one element whose content is usually
 * `nothing` (a closed panel): no marker until it first has content.
 */
import { nothing, render } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/** One entry: its content, and the `class` and `part` of its element (none when `undefined`). */
export interface ChildEntry {
  readonly content: unknown;
  readonly class?: string | undefined;
  readonly part?: string | undefined;
}

/** Elements whose content Lit renders (the others hold a plain text). */
const rendered = new WeakSet<Element>();

function setAttribute(el: Element, name: string, value: string | undefined): void {
  if (value === undefined) el.removeAttribute(name);
  else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

class ChildList extends Directive {
  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('childList: element only');
  }

  render(_entries: readonly ChildEntry[], _tag?: string): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [entries, tag = 'li']: Parameters<this['render']>): typeof nothing {
    const list = part.element;
    const options = { host: part.options?.host };
    let next = list.firstElementChild;
    for (const entry of entries) {
      let el = next;
      const text = typeof entry.content === 'string';
      // A text where Lit rendered before, or the other way round: a new element (Lit keeps its markers inside).
      if (el && el.localName === tag && rendered.has(el) !== text) next = el.nextElementSibling;
      else {
        const fresh = list.ownerDocument.createElement(tag);
        if (el && el.localName === tag) {
          next = el.nextElementSibling;
          el.replaceWith(fresh);
        } else list.insertBefore(fresh, el);
        el = fresh;
      }
      setAttribute(el, 'class', entry.class);
      setAttribute(el, 'part', entry.part);
      if (text) {
        if (el.textContent !== entry.content) el.textContent = entry.content as string;
      } else {
        rendered.add(el);
        render(entry.content, el as HTMLElement, options);
      }
    }
    while (next) {
      const after = next.nextElementSibling;
      next.remove();
      next = after;
    }
    return nothing;
  }
}

/** The entries as child elements of the list element the directive sits on (`tag`: `li` by default). */
export const childList = directive(ChildList);

class ContentOnce extends Directive {
  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('contentOnce: element only');
  }

  render(_value: unknown): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [value]: Parameters<this['render']>): typeof nothing {
    const el = part.element as HTMLElement;
    // Rendered once, Lit keeps its marker inside and clears the content itself.
    if (value !== nothing || rendered.has(el)) {
      rendered.add(el);
      render(value, el, { host: part.options?.host });
    }
    return nothing;
  }
}

/** `value` rendered into the element the directive sits on, with no marker while it has been `nothing` only. */
export const contentOnce = directive(ContentOnce);
