/**
 * German texts of the editor's error message (a feed or an attribute that
 * cannot be used). They come with the error view, not the entry.
 */
export const deErrors = {
  'state.error.for-editors': 'Hinweis für die Redaktion',
  /** For residents: the feed could not be reached, a copy the browser kept is shown. */
  'state.offline': 'Gerade keine Verbindung. Sie sehen die Daten vom {date}.',
  'state.offline.undated': 'Gerade keine Verbindung. Sie sehen die zuletzt geladenen Daten.',
  'error.invalid-url': 'Die Feed-Adresse „{value}“ ist keine http(s)-Adresse.',
  'error.http': 'Der Feed {url} konnte nicht geladen werden (HTTP {status}).',
  'error.http.404': 'Der Feed {url} wurde nicht gefunden (HTTP 404). Ist die Adresse richtig?',
  'error.network':
    'Der Feed {url} konnte nicht geladen werden: keine Verbindung, oder der Server erlaubt den Abruf von dieser Seite aus nicht (CORS-Freigabe fehlt).',
  'error.redirect':
    'Der Feed {url} leitet auf eine Adresse weiter, der der Browser nicht folgt: keine http(s)-Adresse, mehr als 20 Weiterleitungen oder ein Server ohne CORS-Freigabe für diese Seite.',
  'error.timeout': 'Der Feed {url} hat nicht rechtzeitig geantwortet.',
  'error.too-large': 'Der Feed {url} ist zu groß (mehr als {value} Bytes).',
  'error.not-json': 'Der Feed {url} ist kein gültiges JSON.',
  'error.not-json.html': 'Unter {url} kam eine HTML-Seite statt eines Feeds zurück (z. B. eine Fehler- oder Anmeldeseite).',
  'error.not-a-feed': 'Die Datei {url} ist kein Quartier-Feed (das Feld „version“ fehlt).',
  'error.unknown-version': 'Der Feed {url} hat die Version {value}, die dieses Widget nicht kennt (erwartet: „1“).',
  'error.no-records': 'Der Feed {url} enthält keinen gültigen Eintrag.',
  'error.unknown-project': 'Das Projekt „{value}“ steht nicht im Feed {url}.',
  'error.choose-project': 'Der Feed {url} enthält mehrere Projekte: Bitte das Attribut „project“ setzen.',
  'error.internal': 'Dieses Widget konnte den Feed nicht darstellen (ein Programmfehler; bitte melden).',
  'error.no-src': 'Es ist kein Feed angegeben: Bitte das Attribut „src“ setzen.',
  // The same errors for a feed given by script (the `feed` property), which has no address: whole
  // sentences of their own, never the sentences above with a word put in place of {url}.
  'error.not-json.no-url': 'Der Feed ist kein gültiges JSON.',
  'error.not-json.html.no-url': 'Statt eines Feeds kam eine HTML-Seite (z. B. eine Fehler- oder Anmeldeseite).',
  'error.not-a-feed.no-url': 'Die Daten sind kein Quartier-Feed (das Feld „version“ fehlt).',
  'error.unknown-version.no-url': 'Der Feed hat die Version {value}, die dieses Widget nicht kennt (erwartet: „1“).',
  'error.no-records.no-url': 'Der Feed enthält keinen gültigen Eintrag.',
  'error.unknown-project.no-url': 'Das Projekt „{value}“ steht nicht im Feed.',
  'error.choose-project.no-url': 'Der Feed enthält mehrere Projekte: Bitte das Attribut „project“ setzen.',
} as const;
