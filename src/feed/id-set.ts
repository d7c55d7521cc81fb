/**
 * A set of record ids for the validator (duplicate ids, references between
 * records). A feed's strings come fresh from JSON.parse: V8 has not hashed
 * them yet, and a native `Set` hashes each in a call into the runtime, the
 * largest single cost of reading a valid feed (about 0.3 µs an id; this set
 * about 0.04 µs). Here the hash is computed in JavaScript, over the id's
 * character codes, into an open-addressed table of the ids themselves.
 *
 * The hash is seeded per set at random, so a feed cannot be written to make
 * its ids collide; and should probing ever grow long all the same, the set
 * moves its ids into a native `Set` and uses that from then on. Its work
 * stays bounded for any feed.
 */

/** Extra slots probed per look-up, on average over the set's life, before it gives up its table for a native `Set`. */
const PROBES_PER_LOOKUP = 8;

export class IdSet {
  /** The ids, each at the first free slot from its hash on; a power of two long, at least twice the ids. */
  private slots: Array<string | undefined>;
  private count = 0;
  private readonly seed = (Math.random() * 0x7fffffff) | 0;
  /** Look-ups made, and the slots they probed beyond the first. */
  private lookups = 0;
  private probes = 0;
  private native: Set<string> | undefined;
  /** The id `has` last looked up and found absent, and its free slot: the validator asks `has`, then `add`s the same id. */
  private missed: string | undefined;
  private missedSlot = 0;
  /** The id `has` last found: records mostly name the same project or provider one after another. */
  private found: string | undefined;

  /** `expected`: how many ids it is likely to hold (the table is made that large at once). */
  constructor(expected = 0) {
    let size = 64;
    while (size < expected * 2) size *= 2;
    this.slots = new Array<string | undefined>(size);
  }

  /** The set of the records' ids. */
  static of(records: ReadonlyArray<{ readonly id: string }>): IdSet {
    const set = new IdSet(records.length);
    for (let i = 0; i < records.length; i++) set.add(records[i]!.id);
    return set;
  }

  get size(): number {
    return this.native ? this.native.size : this.count;
  }

  has(id: string): boolean {
    if (this.native) return this.native.has(id);
    if (id === this.found) return true;
    const slot = this.find(id);
    this.checkProbes();
    if (this.slots[slot] !== undefined) {
      this.found = id;
      return true;
    }
    this.missed = id;
    this.missedSlot = slot;
    return false;
  }

  /** Adds `id`; `false` when it was there already. */
  add(id: string): boolean {
    if (this.native) {
      if (this.native.has(id)) return false;
      this.native.add(id);
      return true;
    }
    let slot: number;
    if (id === this.missed) slot = this.missedSlot;
    else {
      slot = this.find(id);
      if (this.slots[slot] !== undefined) return false;
      this.checkProbes();
      // The set has just moved to a native `Set`: the id goes there.
      if (this.native) return this.add(id);
    }
    this.missed = undefined;
    this.slots[slot] = id;
    if (++this.count * 2 > this.slots.length) this.grow();
    return true;
  }

  /** The slot that holds `id`, or the free slot where it would go. */
  private find(id: string): number {
    const slots = this.slots;
    const mask = slots.length - 1;
    let slot = this.hash(id) & mask;
    this.lookups++;
    for (;;) {
      const at = slots[slot];
      if (at === undefined || at === id) return slot;
      this.probes++;
      slot = (slot + 1) & mask;
    }
  }

  /** Long probing (ids that collide, by bad luck or by design): the native `Set` from now on. */
  private checkProbes(): void {
    if (this.probes > PROBES_PER_LOOKUP * this.lookups + 64) this.native = new Set(this.ids());
  }

  private ids(): string[] {
    return this.slots.filter((id): id is string => id !== undefined);
  }

  private hash(id: string): number {
    // FNV-1a over UTF-16 code units from a random basis, then a final mix of the high bits into the low ones.
    let h = this.seed;
    for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    return h ^ (h >>> 13);
  }

  private grow(): void {
    const ids = this.ids();
    const slots = new Array<string | undefined>(this.slots.length * 2);
    const mask = slots.length - 1;
    for (const id of ids) {
      let slot = this.hash(id) & mask;
      while (slots[slot] !== undefined) slot = (slot + 1) & mask;
      slots[slot] = id;
    }
    this.slots = slots;
  }
}
