/**
 * The language of a standalone page (the checker, the feed editor): read
 * from the address (`?lang=en`; the page's default otherwise), and kept in
 * step with `<html lang dir>`, the title and the address when the reader
 * switches language, so that a reload or a shared link keeps it.
 */
export interface PageLanguageOptions<L extends string> {
  readonly isLang: (value: unknown) => value is L;
  readonly fallback: L;
  readonly title: (lang: L) => string;
  /** The languages written right to left. */
  readonly rtl?: readonly L[];
}

export interface PageLanguage<L extends string> {
  /** The language the address asks for. */
  readonly lang: L;
  /** Sets `<html>` and the title to `lang`; `remember` also writes it into the address. */
  apply(lang: L, remember: boolean): void;
}

export function pageLanguage<L extends string>(options: PageLanguageOptions<L>, win: Window = window): PageLanguage<L> {
  const requested = new URLSearchParams(win.location.search).get('lang');
  const html = win.document.documentElement;
  return {
    lang: options.isLang(requested) ? requested : options.fallback,
    apply(lang, remember) {
      html.lang = lang;
      html.dir = options.rtl?.includes(lang) ? 'rtl' : 'ltr';
      win.document.title = options.title(lang);
      if (!remember) return;
      const url = new URL(win.location.href);
      url.searchParams.set('lang', lang);
      win.history.replaceState(win.history.state, '', url);
    },
  };
}
