/**
 * The configurator's state besides its options: the feed the form names,
 * loaded with the kit's own loader and validator, and a status line for it
 * that can be written again in another language. No DOM: the page is told
 * when something changed and draws it.
 */
import { clearFeedCache } from '../src/feed/load-feeds.js';
import { loadFeeds, parseSrc, type LoadResult } from '../src/feed/pipeline.js';
import { isFeedError } from '../src/feed/errors.js';
import { pickText } from '../src/feed/text.js';
import { describeFeedError } from '../src/i18n/feed-messages.js';
import type { MessageKey } from '../src/i18n/messages.js';
import { kitTranslator, text, type UiLang } from './configurator-texts.js';

/** A status line that can be written again in another language. */
export type Status = (lang: UiLang) => string;

export class ConfiguratorFeed {
  /** The loaded feed, when it could be read. */
  result: LoadResult | undefined;
  /** The last request failed: the page asks for the project by hand. */
  failed = false;
  /** A request is under way: the preview waits for it, so that it never shows a project of the previous feed. */
  loading = false;
  /** What the page says about the feed. */
  status: Status = (lang) => text('feed.none', lang);
  /** Settles when the current request has been answered (loaded or failed). */
  loaded: Promise<void> = Promise.resolve();
  private controller: AbortController | undefined;

  /**
   * @param pageUrl what relative feed URLs are resolved against
   * @param sample the sample feed's address, whose status says it is an example
   * @param changed called whenever the feed, its status or `loading` changed (not for a request that was superseded)
   */
  constructor(
    private readonly pageUrl: string,
    private readonly sample: string | undefined,
    private readonly changed: () => void,
  ) {}

  /** Loads the feed URL(s) `src`, forgetting the previous feed (`reload`: not from the page-wide cache). */
  load(src: string, { reload = false } = {}): Promise<void> {
    this.controller?.abort();
    this.result = undefined;
    this.failed = false;
    this.loading = false;
    if (!src) {
      this.status = (lang) => text('feed.none', lang);
      this.changed();
      this.loaded = Promise.resolve();
      return this.loaded;
    }
    const controller = new AbortController();
    this.controller = controller;
    this.loading = true;
    if (reload) clearFeedCache();
    this.status = (lang) => text('feed.loading', lang);
    this.changed();
    this.loaded = (async () => {
      try {
        const result = await loadFeeds(parseSrc(src, this.pageUrl), { signal: controller.signal });
        if (controller.signal.aborted) return;
        this.result = result;
        const { projects, organizations, places, offers } = result.feed;
        const counts = { projects: projects.length, organizations: organizations.length, places: places.length, offers: offers.length };
        const warnings = result.warnings.length;
        const failed = result.failed;
        const sample = src === this.sample;
        this.status = (lang) => {
          const t = kitTranslator(lang);
          const lines = [text('feed.loaded', lang, counts)];
          if (sample) lines.unshift(text('feed.sample', lang));
          if (warnings) lines.push(text('feed.warnings', lang, { count: warnings }));
          if (failed.length) lines.push(`${text('feed.failed-some', lang)} ${failed.map((e) => describeFeedError(e, t)).join(' ')}`);
          return lines.join(' ');
        };
      } catch (error) {
        if (controller.signal.aborted) return;
        this.failed = true;
        this.status = (lang) => {
          const t = kitTranslator(lang);
          return isFeedError(error) ? describeFeedError(error, t) : t('error.internal' as MessageKey);
        };
      }
      this.loading = false;
      this.changed();
    })();
    return this.loaded;
  }

  /** The project's short name (or name) in `lang`, or its id when the feed does not have it. */
  projectName(id: string, lang: string): string {
    const project = this.result?.feed.projects.find((p) => p.id === id);
    if (!project) return id;
    return pickText(project.shortName ?? project.name, lang)?.text ?? id;
  }

  /** Drops the request under way. */
  abort(): void {
    this.controller?.abort();
  }
}
