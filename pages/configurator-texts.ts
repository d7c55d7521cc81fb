/**
 * The configurator's own texts in German (the page's markup holds the same
 * German), English and Arabic: one table per language, in the widgets' shape
 * (the German table is the source of the keys and of each key's
 * placeholders; the others have every key). `{name}` is a value filled in by
 * the script (`format()`, as in the widgets); in a text, `` `…` `` is shown as
 * code. The names of roles, organisation types and offer categories come
 * from the kit's own tables (the widgets use the same words).
 */
import type { WidgetAlias } from '../src/elements/widgets.js';
import ar from '../src/i18n/tables/ar.js';
import { deErrors } from '../src/i18n/de/errors.js';
import { deLabels } from '../src/i18n/de/labels.js';
import en from '../src/i18n/tables/en.js';
import { format, type Message, type Params, type ParamsFor, type PlaceholderMap } from '../src/i18n/format.js';
import { translator, type Translate } from '../src/i18n/translate.js';

export const UI_LANGS = ['de', 'en', 'ar'] as const;
export type UiLang = (typeof UI_LANGS)[number];

export function isUiLang(value: string | null | undefined): value is UiLang {
  return UI_LANGS.includes(value as UiLang);
}

const deTexts = {
  'page.title': 'Konfigurator – Quartier Widgets',
  skip: 'Zu den Einstellungen springen',
  h1: 'Widget-Konfigurator',
  intro:
    'Stellen Sie ein Widget für Ihre Website zusammen: Feed, Projekt, Sprache und Farben wählen, in der Vorschau prüfen, dann den passenden Code kopieren und einfügen.',
  privacy: 'Diese Seite speichert nichts und sendet nichts an Dritte; sie lädt nur den Feed, den Sie angeben.',
  'ui-lang': 'Sprache dieser Seite',
  'feed.legend': 'Feed',
  'feed.label': 'Adresse des Feeds (URL)',
  'feed.hint':
    'Eine oder mehrere Adressen, durch Leerzeichen getrennt. Liegt der Feed auf einem anderen Server, muss dieser das Lesen erlauben (CORS-Freigabe).',
  'feed.load': 'Feed laden',
  'feed.none': 'Noch kein Feed geladen.',
  'feed.sample': 'Ein Beispiel zum Ausprobieren: der Beispiel-Feed von LeNa in Seesen. Tragen Sie oben die Adresse Ihres Feeds ein.',
  'feed.loading': 'Feed wird geladen …',
  'feed.loaded': 'Feed geladen. Projekte: {projects}, Organisationen: {organizations}, Orte: {places}, Angebote: {offers}.',
  'feed.warnings': 'Hinweise zum Feed: {count}. Mit „Hinweise für die Redaktion“ (debug) zeigt das Widget sie an.',
  'feed.failed-some': 'Nicht alle Feeds konnten geladen werden:',
  'widget.legend': 'Widget',
  'widget.card': 'Projektkarte',
  'widget.partner-list': 'Partnerliste',
  'widget.offer-map': 'Angebotskarte',
  'widget.agenda': 'Was ist los?',
  'widget.directory': 'Projektverzeichnis',
  'widget.directory.hint': 'Viele Projekte aus einem oder mehreren Feeds, mit Suche und Filtern.',
  'directory.legend': 'Verzeichnis',
  'href.label': 'Eigene Seite je Projekt (Adressvorlage)',
  'href.hint': 'Leer: Jedes Projekt öffnet seine Karte im Verzeichnis. Form: `/projekte/{id}`',
  'widget.card.hint': 'Ein Projekt mit allem, was der Feed darüber sagt.',
  'widget.partner-list.hint': 'Die Organisationen hinter einem Projekt, nach Rolle gruppiert.',
  'widget.offer-map.hint': 'Orte und Angebote als Liste, dazu eine Karte nach Einwilligung.',
  'widget.agenda.hint': 'Die nächsten Termine aller aktuellen Angebote: heute, morgen, diese Woche, später.',
  'project.label': 'Projekt',
  'project.none': '– zuerst einen Feed laden –',
  'project.all.partner-list': 'Alle Organisationen des Feeds',
  'project.all.offer-map': 'Alle Orte und Angebote des Feeds',
  'project.manual': 'Kennung des Projekts',
  'project.manual.hint': 'Der Feed konnte hier nicht gelesen werden. Tragen Sie die Kennung (`id`) des Projekts von Hand ein.',
  'display.legend': 'Darstellung',
  'lang.label': 'Sprache des Widgets',
  'lang.page': 'wie die Seite',
  'lang.hint': '„wie die Seite“: Das Widget folgt dem lang-Attribut der Seite (hier: der Sprache dieses Konfigurators).',
  'switch.legend': 'Sprachumschalter für Bewohnerinnen und Bewohner',
  'switch.hint':
    'Eine Auswahlliste über dem Widget, mit der Besucherinnen und Besucher die Sprache wechseln (`languages`). Die Sprache des Widgets steht immer an erster Stelle; die Liste erscheint, sobald sie mindestens zwei Sprachen anbietet. In der Vorschau können Sie sie ausprobieren.',
  'switch.none': 'Kein Umschalter',
  'switch.auto': 'Sprachen aus dem Feed (`auto`)',
  'switch.auto.found': 'Im geladenen Feed: {list}.',
  'switch.list': 'diese Sprachen:',
  'switch.list.none': 'Noch keine Sprache angekreuzt: Das Widget zeigt keinen Umschalter.',
  'variant.label': 'Umfang',
  'variant.full': 'Vollständig',
  'variant.compact': 'Kompakt (für Übersichtsseiten)',
  'layout.label': 'Anordnung',
  'layout.list': 'Liste',
  'layout.grid': 'Kacheln',
  'layout.logos': 'Logos',
  'heading.label': 'Überschriftenebene',
  'heading.hint': 'Damit die oberste Überschrift des Widgets in die Gliederung Ihrer Seite passt (üblich: 2).',
  'debug.label': 'Hinweise für die Redaktion anzeigen (`debug`)',
  'filters.legend': 'Auswahl',
  'filters.hint': 'Nichts angekreuzt: alle.',
  'roles.legend': 'Nur diese Rollen',
  'types.legend': 'Nur diese Arten von Organisationen',
  'categories.legend': 'Nur diese Kategorien von Angeboten',
  'map.legend': 'Karte',
  'consent.legend': 'Wann lädt die Karte?',
  'consent.ask': 'Erst nach einem Klick der Besucherin oder des Besuchers („Karte laden“)',
  'consent.granted': 'Sofort: Die Website holt die Einwilligung selbst ein oder nutzt einen eigenen Kartenserver',
  'tiles.label': 'Kartenserver (Adressvorlage)',
  'tiles.hint': 'Leer: OpenStreetMap. Form: `https://…/{z}/{x}/{y}.png`',
  'attribution.label': 'Nennung des Kartenservers',
  'attribution.hint': 'Leer: „© OpenStreetMap-Mitwirkende“.',
  'theme.legend': 'Farben und Schrift',
  'theme.hint': 'Leere Felder: die eingebauten Werte. Erlaubt ist jeder CSS-Wert, z. B. `#0b5cad` oder `rgb(11 92 173)`.',
  'token.accent': 'Akzentfarbe (Links, Fokus)',
  'token.text': 'Textfarbe',
  'token.background': 'Hintergrund',
  'token.surface': 'Flächen (Kästen, Schlagworte)',
  'token.border': 'Linien',
  'token.font': 'Schriftart',
  'token.radius': 'Eckenradius',
  'token.pick': '{label}: Farbe wählen',
  'token.invalid': 'Kein gültiger Wert; er wird nicht verwendet.',
  'theme.reset': 'Farben und Schrift zurücksetzen',
  'theme.inline': 'Die Regeln als `<style>`-Block in den Code „Script und Element“ aufnehmen',
  'theme.inline.hint':
    "Nur für Websites ohne strenge Content-Security-Policy: Eine Policy mit `style-src 'self'` verbietet `<style>`-Blöcke und `style`-Attribute. Dort gehören die Regeln in die CSS-Datei der Website (unten: „CSS für Ihr Stylesheet“).",
  'base.legend': 'Wo das Script liegt',
  'base.label': 'Adresse des Ordners mit `quartier-widgets.js`',
  'base.hint':
    'Der Ordner `quartier-widgets/<Version>/` aus dem Download (oder `dist/` des Kits), so wie er auf Ihrem Server liegt, mit `chunks/`, `embed.html` und `quartier-embed-host.js`. Voreingestellt: der Ordner dieser Seite.',
  'site.label': 'Adresse Ihrer Website (wo der Code eingefügt wird)',
  'site.hint':
    'Freiwillig. Liegt das Script auf einem anderen Server als Ihre Website, steht unter „Code zum Einfügen“, welchen Header dieser Server senden muss.',
  'cors.note':
    'Das Script liegt auf `{script}`, Ihre Website auf `{site}`: zwei verschiedene Server. `{script}` muss darum mit jeder Datei des Ordners den Header `Access-Control-Allow-Origin: {site}` (oder `Access-Control-Allow-Origin: *`) senden. Browser laden Module-Scripts nur mit dieser CORS-Freigabe; ohne sie bleiben die Widgets der Formen „Script und Element“ und `data-*` leer, ohne Meldung auf der Seite. Das iframe braucht den Header nicht.',
  'base.dev':
    'Diese Seite läuft aus den Quellen (`npm start`); `/src/quartier-widgets.ts` taugt nicht für eingefügten Code. Voreingestellt ist darum `/dist/` dieses Servers (nach `npm run build`); auf Ihrer Website tragen Sie die Adresse ein, unter der Sie `dist/` ablegen.',
  'preview.title': 'Vorschau',
  'preview.hint': 'Das echte Widget, mit genau den Attributen und Farben des Codes unten.',
  'preview.label': 'Vorschau des Widgets',
  'code.title': 'Code zum Einfügen',
  'code.hint': 'Drei Formen für dasselbe Widget – nehmen Sie die, die Ihr Redaktionssystem zulässt.',
  'form.element.title': 'Script und Element',
  'form.element.hint':
    'Für Webmaster und HTML-Inhaltselemente (TYPO3 „Reines HTML“, WordPress „Individuelles HTML“): die Script-Zeile einmal pro Seite, das Element dort, wo das Widget erscheinen soll.',
  'form.div.title': 'Für Texteditoren (`data-*`)',
  'form.div.hint':
    'Für Rich-Text-Editoren, die unbekannte Elemente und Scripts entfernen: ein `div`, das das Script in das Widget verwandelt. Die Website muss das Script einmal einbinden (erste Zeile von „Script und Element“); Farben kommen aus ihrem Stylesheet.',
  'form.iframe.title': 'iframe',
  'form.iframe.hint': 'Für Systeme, die nur iframes erlauben. Die Script-Zeile darunter ist freiwillig: Sie passt die Höhe des iframes an seinen Inhalt an.',
  'form.iframe.theme': 'Farben und Schrift stehen hier in der Adresse des iframes: Das CSS Ihrer Website erreicht die Seite im iframe nicht.',
  'form.iframe.lang': '„wie die Seite“: Im iframe kennt das Widget die Sprache Ihrer Seite nicht und zeigt Deutsch. Wählen Sie die Sprache ausdrücklich.',
  'form.css.title': 'CSS für Ihr Stylesheet',
  'form.css.hint':
    'Die Farben und die Schrift als Regel für die CSS-Datei Ihrer Website. So wirken sie auch unter einer strengen Content-Security-Policy, für die Script-Form wie für die `data-*`-Form, auf jedes Widget dieser Art auf der Seite.',
  'form.css.none': 'Keine eigenen Farben gewählt: Das Widget zeigt die eingebauten.',
  copy: 'Code kopieren',
  'copy.done': 'Kopiert: {name}',
  'copy.failed': 'Kopieren nicht möglich. Der Code ist markiert: Bitte mit Strg+C (Cmd+C) kopieren.',
} as const;

export type TextKey = keyof typeof deTexts;
type PageTexts = Readonly<Record<TextKey, Message>>;

const enTexts: PageTexts = {
  'page.title': 'Configurator – Quartier Widgets',
  skip: 'Skip to the settings',
  h1: 'Widget configurator',
  intro:
    'Put together a widget for your website: choose the feed, the project, the language and the colours, check the preview, then copy the code that fits your site and paste it.',
  privacy: 'This page stores nothing and sends nothing to third parties; it loads only the feed you enter.',
  'ui-lang': 'Language of this page',
  'feed.legend': 'Feed',
  'feed.label': 'Address of the feed (URL)',
  'feed.hint': 'One or more addresses, separated by spaces. A feed on another server must allow this page to read it (CORS header).',
  'feed.load': 'Load feed',
  'feed.none': 'No feed loaded yet.',
  'feed.sample': 'An example to try: the sample feed of LeNa in Seesen. Enter the address of your feed above.',
  'feed.loading': 'Loading the feed …',
  'feed.loaded': 'Feed loaded. Projects: {projects}, organisations: {organizations}, places: {places}, offers: {offers}.',
  'feed.warnings': 'Problems in the feed: {count}. With “notes for editors” (debug) the widget lists them.',
  'feed.failed-some': 'Not every feed could be loaded:',
  'widget.legend': 'Widget',
  'widget.card': 'Project card',
  'widget.partner-list': 'Partner list',
  'widget.offer-map': 'Offer map',
  'widget.agenda': 'What’s on?',
  'widget.directory': 'Project directory',
  'widget.directory.hint': 'Many projects from one or more feeds, with search and filters.',
  'directory.legend': 'Directory',
  'href.label': "Each project's own page (address template)",
  'href.hint': 'Empty: each project opens its card in the directory. Form: `/projekte/{id}`',
  'widget.card.hint': 'One project with everything the feed says about it.',
  'widget.partner-list.hint': 'The organisations behind a project, grouped by role.',
  'widget.offer-map.hint': 'Places and offers as a list, and a map after consent.',
  'widget.agenda.hint': 'The next dates of every current offer: today, tomorrow, this week, later.',
  'project.label': 'Project',
  'project.none': '– load a feed first –',
  'project.all.partner-list': 'Every organisation in the feed',
  'project.all.offer-map': 'Every place and offer in the feed',
  'project.manual': 'Project id',
  'project.manual.hint': 'The feed could not be read here. Enter the project’s `id` by hand.',
  'display.legend': 'Display',
  'lang.label': 'Language of the widget',
  'lang.page': 'as the page',
  'lang.hint': '“as the page”: the widget follows the page’s lang attribute (here: the language of this configurator).',
  'switch.legend': 'Language switch for residents',
  'switch.hint':
    'A list above the widget with which visitors change its language (`languages`). The widget’s own language always comes first; the list appears once it offers at least two languages. You can try it out in the preview.',
  'switch.none': 'No switch',
  'switch.auto': 'Languages from the feed (`auto`)',
  'switch.auto.found': 'In the loaded feed: {list}.',
  'switch.list': 'these languages:',
  'switch.list.none': 'No language ticked yet: the widget shows no switch.',
  'variant.label': 'Extent',
  'variant.full': 'Full',
  'variant.compact': 'Compact (for listing pages)',
  'layout.label': 'Layout',
  'layout.list': 'List',
  'layout.grid': 'Tiles',
  'layout.logos': 'Logos',
  'heading.label': 'Heading level',
  'heading.hint': 'So that the widget’s top heading fits your page’s outline (usually 2).',
  'debug.label': 'Show notes for editors (`debug`)',
  'filters.legend': 'Filters',
  'filters.hint': 'Nothing ticked: all of them.',
  'roles.legend': 'Only these roles',
  'types.legend': 'Only these kinds of organisation',
  'categories.legend': 'Only these categories of offers',
  'map.legend': 'Map',
  'consent.legend': 'When does the map load?',
  'consent.ask': 'Only after the visitor clicks “Load map”',
  'consent.granted': 'At once: the website asks for consent itself or uses its own tile server',
  'tiles.label': 'Tile server (URL template)',
  'tiles.hint': 'Empty: OpenStreetMap. Form: `https://…/{z}/{x}/{y}.png`',
  'attribution.label': 'Tile server attribution',
  'attribution.hint': 'Empty: “© OpenStreetMap contributors”.',
  'theme.legend': 'Colours and font',
  'theme.hint': 'Empty fields: the built-in values. Any CSS value is allowed, e.g. `#0b5cad` or `rgb(11 92 173)`.',
  'token.accent': 'Accent colour (links, focus)',
  'token.text': 'Text colour',
  'token.background': 'Background',
  'token.surface': 'Surfaces (boxes, tags)',
  'token.border': 'Lines',
  'token.font': 'Font family',
  'token.radius': 'Corner radius',
  'token.pick': '{label}: pick a colour',
  'token.invalid': 'Not a valid value; it is not used.',
  'theme.reset': 'Reset colours and font',
  'theme.inline': 'Put the rules into the “script and element” code as a `<style>` block',
  'theme.inline.hint':
    "Only for websites without a strict Content Security Policy: a policy with `style-src 'self'` forbids `<style>` blocks and `style` attributes. There the rules belong in the website’s CSS file (below: “CSS for your stylesheet”).",
  'base.legend': 'Where the script is',
  'base.label': 'Address of the folder with `quartier-widgets.js`',
  'base.hint':
    'The folder `quartier-widgets/<version>/` from the download (or the kit’s `dist/`) as it is on your server, with `chunks/`, `embed.html` and `quartier-embed-host.js`. Preset: this page’s folder.',
  'site.label': 'Address of your website (where the code goes)',
  'site.hint': 'Optional. If the script is on another server than your website, “Code to paste” says which header that server must send.',
  'cors.note':
    'The script is on `{script}`, your website on `{site}`: two different servers. So `{script}` must send the header `Access-Control-Allow-Origin: {site}` (or `Access-Control-Allow-Origin: *`) with every file of the folder. Browsers load module scripts only with this CORS permission; without it the widgets of the “script and element” and `data-*` forms stay empty, with no message on the page. The iframe does not need the header.',
  'base.dev':
    'This page runs from the sources (`npm start`); `/src/quartier-widgets.ts` cannot serve pasted code. So the preset is this server’s `/dist/` (after `npm run build`); for your website, enter the address where you host `dist/`.',
  'preview.title': 'Preview',
  'preview.hint': 'The real widget, with exactly the attributes and colours of the code below.',
  'preview.label': 'Preview of the widget',
  'code.title': 'Code to paste',
  'code.hint': 'Three forms of the same widget – use the one your content management system allows.',
  'form.element.title': 'Script and element',
  'form.element.hint':
    'For webmasters and HTML content elements (TYPO3 “Plain HTML”, WordPress “Custom HTML”): the script line once per page, the element where the widget should appear.',
  'form.div.title': 'For text editors (`data-*`)',
  'form.div.hint':
    'For rich-text editors that remove unknown elements and scripts: a `div` that the script turns into the widget. The website must include the script once (first line of “script and element”); colours come from its stylesheet.',
  'form.iframe.title': 'iframe',
  'form.iframe.hint': 'For systems that allow only iframes. The script line below it is optional: it fits the iframe’s height to its content.',
  'form.iframe.theme': 'Here colours and font travel in the iframe’s address: your website’s CSS does not reach the page inside the iframe.',
  'form.iframe.lang': '“as the page”: inside an iframe the widget does not know your page’s language and shows German. Choose the language explicitly.',
  'form.css.title': 'CSS for your stylesheet',
  'form.css.hint':
    'The colours and the font as a rule for your website’s CSS file. That way they work under a strict Content Security Policy too, for the script form and the `data-*` form alike, on every widget of this kind on the page.',
  'form.css.none': 'No colours of your own: the widget shows the built-in ones.',
  copy: 'Copy code',
  'copy.done': 'Copied: {name}',
  'copy.failed': 'Copying is not possible. The code is selected: please copy it with Ctrl+C (Cmd+C).',
};

const arTexts: PageTexts = {
  'page.title': 'أداة الإعداد – Quartier Widgets',
  skip: 'الانتقال إلى الإعدادات',
  h1: 'أداة إعداد الأدوات',
  intro: 'جهّز أداة لموقعك: اختر مصدر البيانات والمشروع واللغة والألوان، وتحقّق من المعاينة، ثم انسخ الشيفرة المناسبة لموقعك والصقها.',
  privacy: 'لا تحفظ هذه الصفحة شيئًا ولا ترسل شيئًا إلى أطراف أخرى؛ إنها تحمّل فقط مصدر البيانات الذي تدخله.',
  'ui-lang': 'لغة هذه الصفحة',
  'feed.legend': 'مصدر البيانات',
  'feed.label': 'عنوان مصدر البيانات (URL)',
  'feed.hint': 'عنوان واحد أو أكثر، تفصل بينها مسافات. إذا كان المصدر على خادم آخر فيجب أن يسمح هذا الخادم بقراءته (ترويسة CORS).',
  'feed.load': 'تحميل المصدر',
  'feed.none': 'لم يُحمَّل أي مصدر بعد.',
  'feed.sample': 'مثال للتجربة: مصدر البيانات النموذجي لمشروع LeNa في زيزن. أدخل عنوان مصدر بياناتك في الأعلى.',
  'feed.loading': 'جارٍ تحميل المصدر …',
  'feed.loaded': 'تم تحميل المصدر. المشاريع: {projects}، المنظمات: {organizations}، الأماكن: {places}، العروض: {offers}.',
  'feed.warnings': 'ملاحظات على المصدر: {count}. مع خيار „ملاحظات للمحررين“ (debug) تعرضها الأداة.',
  'feed.failed-some': 'تعذّر تحميل بعض المصادر:',
  'widget.legend': 'الأداة',
  'widget.card': 'بطاقة المشروع',
  'widget.partner-list': 'قائمة الشركاء',
  'widget.offer-map': 'خريطة العروض',
  'widget.agenda': 'ماذا يجري؟',
  'widget.directory': 'دليل المشاريع',
  'widget.directory.hint': 'مشاريع كثيرة من مصدر واحد أو أكثر، مع بحث ومرشّحات.',
  'directory.legend': 'الدليل',
  'href.label': 'صفحة خاصة لكل مشروع (قالب العنوان)',
  'href.hint': 'فارغ: يفتح كل مشروع بطاقته داخل الدليل. الصيغة: `/projekte/{id}`',
  'widget.card.hint': 'مشروع واحد مع كل ما يقوله المصدر عنه.',
  'widget.partner-list.hint': 'المنظمات التي تقف وراء مشروع، مجمّعة حسب الدور.',
  'widget.offer-map.hint': 'الأماكن والعروض كقائمة، مع خريطة بعد الموافقة.',
  'widget.agenda.hint': 'المواعيد القادمة لكل العروض الحالية: اليوم، غدًا، هذا الأسبوع، لاحقًا.',
  'project.label': 'المشروع',
  'project.none': '– حمّل مصدرًا أولًا –',
  'project.all.partner-list': 'كل منظمات المصدر',
  'project.all.offer-map': 'كل أماكن المصدر وعروضه',
  'project.manual': 'معرّف المشروع',
  'project.manual.hint': 'تعذّرت قراءة المصدر هنا. أدخل معرّف المشروع (`id`) يدويًا.',
  'display.legend': 'طريقة العرض',
  'lang.label': 'لغة الأداة',
  'lang.page': 'مثل الصفحة',
  'lang.hint': '„مثل الصفحة“: تتبع الأداة سمة lang للصفحة (هنا: لغة أداة الإعداد هذه).',
  'switch.legend': 'مبدّل اللغة للسكان',
  'switch.hint':
    'قائمة اختيار فوق الأداة يغيّر بها الزوار لغتها (`languages`). تأتي لغة الأداة نفسها دائمًا أولًا؛ وتظهر القائمة متى عرضت لغتين على الأقل. يمكنك تجربتها في المعاينة.',
  'switch.none': 'بدون مبدّل',
  'switch.auto': 'لغات مصدر البيانات (`auto`)',
  'switch.auto.found': 'في المصدر المحمَّل: {list}.',
  'switch.list': 'هذه اللغات:',
  'switch.list.none': 'لم تحدد أي لغة بعد: لن تعرض الأداة مبدّلًا.',
  'variant.label': 'المحتوى',
  'variant.full': 'كامل',
  'variant.compact': 'مختصر (لصفحات القوائم)',
  'layout.label': 'الترتيب',
  'layout.list': 'قائمة',
  'layout.grid': 'مربعات',
  'layout.logos': 'شعارات',
  'heading.label': 'مستوى العنوان',
  'heading.hint': 'ليتلاءم العنوان الأعلى للأداة مع بنية صفحتك (عادةً 2).',
  'debug.label': 'عرض ملاحظات للمحررين (`debug`)',
  'filters.legend': 'التصفية',
  'filters.hint': 'إذا لم تحدد شيئًا: الكل.',
  'roles.legend': 'هذه الأدوار فقط',
  'types.legend': 'هذه الأنواع من المنظمات فقط',
  'categories.legend': 'هذه الفئات من العروض فقط',
  'map.legend': 'الخريطة',
  'consent.legend': 'متى تُحمَّل الخريطة؟',
  'consent.ask': 'فقط بعد أن ينقر الزائر على „تحميل الخريطة“',
  'consent.granted': 'فورًا: الموقع يطلب الموافقة بنفسه أو يستخدم خادم خرائط خاصًا به',
  'tiles.label': 'خادم الخرائط (قالب العنوان)',
  'tiles.hint': 'فارغ: OpenStreetMap. الشكل: `https://…/{z}/{x}/{y}.png`',
  'attribution.label': 'نسبة خادم الخرائط',
  'attribution.hint': 'فارغ: „© مساهمو OpenStreetMap“.',
  'theme.legend': 'الألوان والخط',
  'theme.hint': 'الحقول الفارغة: القيم المدمجة. تُقبل أي قيمة CSS، مثل `#0b5cad` أو `rgb(11 92 173)`.',
  'token.accent': 'لون التمييز (الروابط، التركيز)',
  'token.text': 'لون النص',
  'token.background': 'الخلفية',
  'token.surface': 'المساحات (الصناديق، الوسوم)',
  'token.border': 'الخطوط الفاصلة',
  'token.font': 'نوع الخط',
  'token.radius': 'استدارة الزوايا',
  'token.pick': '{label}: اختر لونًا',
  'token.invalid': 'قيمة غير صالحة؛ لن تُستخدم.',
  'theme.reset': 'إعادة ضبط الألوان والخط',
  'theme.inline': 'إدراج القواعد في شيفرة „السكربت والعنصر“ ككتلة `<style>`',
  'theme.inline.hint':
    "فقط للمواقع التي لا تستخدم سياسة أمان محتوى صارمة: السياسة التي تتضمن `style-src 'self'` تمنع كتل `<style>` وسمات `style`. في هذه الحالة توضع القواعد في ملف CSS الخاص بالموقع (أدناه: „CSS لملف الأنماط“).",
  'base.legend': 'مكان السكربت',
  'base.label': 'عنوان المجلد الذي يحتوي `quartier-widgets.js`',
  'base.hint':
    'المجلد `quartier-widgets/<version>/` من ملف التنزيل (أو مجلد `dist/` الخاص بالحزمة) كما هو على خادمك، مع `chunks/` و`embed.html` و`quartier-embed-host.js`. الإعداد المسبق: مجلد هذه الصفحة.',
  'site.label': 'عنوان موقعك (حيث تُلصق الشيفرة)',
  'site.hint': 'اختياري. إذا كان السكربت على خادم غير خادم موقعك، يذكر قسم „الشيفرة للصق“ الترويسة التي يجب أن يرسلها ذلك الخادم.',
  'cors.note':
    'السكربت موجود على `{script}` وموقعك على `{site}`: خادمان مختلفان. لذلك يجب أن يرسل `{script}` مع كل ملف في المجلد الترويسة `Access-Control-Allow-Origin: {site}` (أو `Access-Control-Allow-Origin: *`). لا تحمّل المتصفحات سكربتات الوحدات إلا بهذا الإذن (CORS)؛ ومن دونه تبقى أدوات الشكلين „السكربت والعنصر“ و`data-*` فارغة دون أي رسالة على الصفحة. لا يحتاج إطار iframe إلى هذه الترويسة.',
  'base.dev':
    'تعمل هذه الصفحة من الشيفرة المصدرية (`npm start`)؛ ولا يصلح `/src/quartier-widgets.ts` للشيفرة الملصقة. لذلك الإعداد المسبق هو `/dist/` على هذا الخادم (بعد `npm run build`)؛ أما لموقعك فأدخل العنوان الذي تضع فيه `dist/`.',
  'preview.title': 'المعاينة',
  'preview.hint': 'الأداة الحقيقية، بالسمات والألوان نفسها الموجودة في الشيفرة أدناه.',
  'preview.label': 'معاينة الأداة',
  'code.title': 'الشيفرة للصق',
  'code.hint': 'ثلاثة أشكال للأداة نفسها – استخدم الشكل الذي يسمح به نظام إدارة المحتوى لديك.',
  'form.element.title': 'السكربت والعنصر',
  'form.element.hint':
    'لمديري المواقع ولعناصر محتوى HTML (TYPO3 „HTML خام“، WordPress „HTML مخصص“): سطر السكربت مرة واحدة في الصفحة، والعنصر حيث يجب أن تظهر الأداة.',
  'form.div.title': 'لمحررات النصوص (`data-*`)',
  'form.div.hint':
    'لمحررات النصوص التي تحذف العناصر غير المعروفة والسكربتات: عنصر `div` يحوّله السكربت إلى الأداة. يجب أن يضمّن الموقع السكربت مرة واحدة (السطر الأول من „السكربت والعنصر“)؛ وتأتي الألوان من ملف الأنماط الخاص به.',
  'form.iframe.title': 'إطار iframe',
  'form.iframe.hint': 'للأنظمة التي تسمح بإطارات iframe فقط. سطر السكربت تحته اختياري: يضبط ارتفاع الإطار على محتواه.',
  'form.iframe.theme': 'هنا تُنقل الألوان والخط في عنوان الإطار: لا يصل CSS موقعك إلى الصفحة داخل الإطار.',
  'form.iframe.lang': '„مثل الصفحة“: داخل الإطار لا تعرف الأداة لغة صفحتك وتعرض الألمانية. اختر اللغة صراحةً.',
  'form.css.title': 'CSS لملف الأنماط',
  'form.css.hint':
    'الألوان والخط كقاعدة لملف CSS الخاص بموقعك. بهذه الطريقة تعمل أيضًا مع سياسة أمان محتوى صارمة، لشكل السكربت ولشكل `data-*` على حد سواء، على كل أداة من هذا النوع في الصفحة.',
  'form.css.none': 'لم تختر ألوانًا خاصة: تعرض الأداة الألوان المدمجة.',
  copy: 'نسخ الشيفرة',
  'copy.done': 'تم النسخ: {name}',
  'copy.failed': 'تعذّر النسخ. الشيفرة محددة: انسخها باستخدام Ctrl+C (Cmd+C).',
};

const TABLES: Readonly<Record<UiLang, PageTexts>> = { de: deTexts, en: enTexts, ar: arTexts };

/** Each key's placeholders; the braces of an address form (`{id}`, `{z}`) are shown as they are. */
type Placeholders = Omit<PlaceholderMap<typeof deTexts>, 'href.hint' | 'tiles.hint'> & { readonly 'href.hint': never; readonly 'tiles.hint': never };

/** A page text in a language, with its `{name}` placeholders filled in (each key's parameters checked by `tsc`). */
export function text<K extends TextKey>(key: K, lang: UiLang, ...params: K extends unknown ? ParamsFor<Placeholders[K]> : never): string {
  // Numbers as the page has always written them (0–9, no grouping), in Arabic too.
  const values = Object.entries((params[0] ?? {}) as Params).map(([name, value]) => [name, String(value)]);
  return format(TABLES[lang][key], Object.fromEntries(values) as Params, lang);
}
/** Whether the page has a text for `key` (a value just added to a widget's spec may have none yet). */
export function isTextKey(key: string): key is TextKey {
  return Object.prototype.hasOwnProperty.call(deTexts, key);
}

/** The kit's translator for a UI language: role, organisation type and category names, feed error messages. */
export function kitTranslator(lang: UiLang): Translate {
  if (lang === 'en') return translator(en, 'en');
  if (lang === 'ar') return translator(ar, 'ar');
  return translator({ ...deErrors, ...deLabels }, 'de');
}

/** The iframe's title (its accessible name on the host page): in the widget's language, German for "as the page". */
export function iframeTitle(widget: WidgetAlias, projectName: string, lang: string): string {
  const l: UiLang = isUiLang(lang) ? lang : 'de';
  const name = text(`widget.${widget}`, l);
  return projectName ? `${name}: ${projectName}` : name;
}
