// Feeds made in tests: one project, the smallest feed around it, and a URL
// that no other test uses (so that the page-wide feed cache never carries over).

type Json = Record<string, unknown>;

/** A project record: id `p`, name "Testprojekt", plus whatever `extra` adds or overrides. */
export const project = (extra: Json = {}): Json => ({ id: 'p', name: 'Testprojekt', ...extra });

/** A feed of format 1 (language unset: German) with `project()`, plus whatever `extra` adds or overrides. */
export const feedWith = (extra: Json = {}): Json => ({ version: '1', projects: [project()], ...extra });

let counter = 0;
/** A feed URL no other test uses, under `origin`. */
export function uniqueUrl(name = 'feed', origin = 'https://feeds.example'): string {
  counter += 1;
  return `${origin}/${Date.now()}-${counter}/${name}.json`;
}
