/**
 * Column headers, as the reader matches them and the writer makes them: a
 * described column by its German or English label or its key path
 * (`address.street`), a translation as "Name (tr)", and a field the format
 * does not know by its key path — written as a JSON list (`["Name"]`) when
 * the plain path could be mistaken for a described column.
 */
import type { Column, SheetLayout } from './sheet-layout.js';

/** A header as compared: spaces collapsed, case ignored. */
export function headerKey(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('de');
}

/** "Name (tr)" → base "Name" and language "tr". */
export function splitLanguageHeader(text: string): { readonly base: string; readonly lang: string } | undefined {
  const m = /^(.+?)\s*\(([^()\s]+)\)$/.exec(text.trim());
  return m ? { base: m[1]!, lang: m[2]! } : undefined;
}

/** The parent column's headers of a sheet of nested items ("Projekt", "Project"). */
export function parentHeaders(layout: SheetLayout): readonly string[] {
  return layout.parent ? [layout.parent.one.de, layout.parent.one.en] : [];
}

const KNOWN = new WeakMap<SheetLayout, ReadonlyMap<string, Column>>();

/** Every header a described column of the sheet answers to. */
export function knownHeaders(layout: SheetLayout): ReadonlyMap<string, Column> {
  let known = KNOWN.get(layout);
  if (!known) {
    const map = new Map<string, Column>();
    for (const column of layout.columns) {
      for (const header of [column.header, ...column.otherHeaders]) if (!map.has(headerKey(header))) map.set(headerKey(header), column);
    }
    KNOWN.set(layout, (known = map));
  }
  return known;
}

/** The header of a column for a field the format does not know (or a value that does not fit its column). */
export function rawHeader(path: readonly string[], layout: SheetLayout, described: boolean): string {
  const dotted = path.join('.');
  const plain =
    !described &&
    path.every((key) => /^[^.\s()[\]"]+$/.test(key)) &&
    !knownHeaders(layout).has(headerKey(dotted)) &&
    !parentHeaders(layout).some((h) => headerKey(h) === headerKey(dotted));
  return plain ? dotted : JSON.stringify(path);
}

/** The key path a raw column's header names. */
export function rawPath(header: string): string[] {
  const text = header.trim();
  if (text.startsWith('[')) {
    try {
      const path: unknown = JSON.parse(text);
      if (Array.isArray(path) && path.length > 0 && path.every((k) => typeof k === 'string' && k !== '')) return path as string[];
    } catch {
      // Not a JSON list: a plain header.
    }
  }
  const keys = text.split('.');
  return keys.every((k) => k !== '') ? keys : [text];
}
