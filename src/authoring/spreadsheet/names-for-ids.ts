/**
 * Names where a spreadsheet wants ids. A partner filling in the template
 * thinks in names: a record whose Kennung is left empty gets an id made from
 * its name, as the editor makes it; a row of a sheet of items (Zeiten,
 * Beteiligungen …) whose first column names its record by name, and a
 * reference (an offer's Ort and Anbieter, a partner's Organisation) that
 * names a record by name, are read as that record's id. Names are compared
 * without case and repeated spaces; a name that two records of a list share
 * stays as written (the checker then asks for the id). A feed written by
 * the kit has every id in place, so reading it back changes nothing.
 */
import { isRecord, own } from '../../feed/checks.js';
import { RECORD_SPECS, type RecordListName } from '../feed-fields.js';
import { allReferences } from '../references.js';
import { idFromName } from '../slug.js';
import { nameOf } from '../text-value.js';

const nameKey = (name: string): string => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('de');

const recordsIn = (root: Record<string, unknown>, list: RecordListName): unknown[] => {
  const records = own(root, list);
  return Array.isArray(records) ? records : [];
};

const idIn = (record: unknown): string | undefined => {
  const id = isRecord(record) ? own(record, 'id') : undefined;
  return typeof id === 'string' && id.trim() !== '' ? id : undefined;
};

/** Gives every record with a name but no id (or a blank one) an id made from its name, unique in its list. */
export function giveIds(root: Record<string, unknown>, feedLang: string): void {
  for (const { list } of RECORD_SPECS) {
    const records = recordsIn(root, list);
    const taken = new Set(records.map(idIn).filter((id): id is string => id !== undefined));
    for (const record of records) {
      if (!isRecord(record) || idIn(record) !== undefined) continue;
      const name = nameOf(record, feedLang);
      if (name.trim() === '') continue;
      const id = idFromName(list, name, taken);
      taken.add(id);
      Object.defineProperty(record, 'id', { value: id, enumerable: true, writable: true, configurable: true });
    }
  }
}

/** Finds records by what a partner wrote for them: an id, or else a name that one record of the list has. */
export class RecordFinder {
  private readonly ids = new Map<RecordListName, Map<string, number>>();
  /** By name; `-1` when two records share it. */
  private readonly names = new Map<RecordListName, Map<string, number>>();

  constructor(root: Record<string, unknown>, feedLang: string) {
    for (const { list } of RECORD_SPECS) {
      const ids = new Map<string, number>();
      const names = new Map<string, number>();
      recordsIn(root, list).forEach((record, i) => {
        const id = idIn(record);
        if (id !== undefined && !ids.has(id.trim())) ids.set(id.trim(), i);
        const name = nameKey(nameOf(record, feedLang));
        if (name !== '') names.set(name, names.has(name) ? -1 : i);
      });
      this.ids.set(list, ids);
      this.names.set(list, names);
    }
  }

  /** The position in `list` of the record `written` names, by id or by name. */
  indexOf(list: RecordListName, written: string): number | undefined {
    const byId = this.ids.get(list)?.get(written.trim());
    if (byId !== undefined) return byId;
    const byName = this.names.get(list)?.get(nameKey(written));
    return byName === undefined || byName < 0 ? undefined : byName;
  }
}

/** Replaces every reference that names a record by its name with the record's id. */
export function resolveNamedReferences(root: Record<string, unknown>, feedLang: string): void {
  const finder = new RecordFinder(root, feedLang);
  for (const ref of allReferences(root)) {
    const records = recordsIn(root, ref.target);
    if (records.some((record) => idIn(record) === ref.id)) continue;
    const index = finder.indexOf(ref.target, ref.id);
    const id = index === undefined ? undefined : idIn(records[index]);
    if (id === undefined) continue;
    let holder: unknown = root;
    for (const step of ref.path.slice(0, -1))
      holder = Array.isArray(holder) ? holder[step as number] : isRecord(holder) ? own(holder, String(step)) : undefined;
    if (isRecord(holder))
      Object.defineProperty(holder, String(ref.path[ref.path.length - 1]), { value: id, enumerable: true, writable: true, configurable: true });
  }
}
