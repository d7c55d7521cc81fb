/**
 * The configurator's own texts in German (the page's markup holds the same
 * German), English and Arabic. In a text, `` `…` `` is shown as code; `{{name}}`
 * is a value filled in by the script. The names of roles, organisation types
 * and offer categories come from the kit's own tables (the widgets use the
 * same words).
 */
import type { WidgetAlias } from '../src/elements/widgets.js';
import ar from '../src/i18n/tables/ar.js';
import { deErrors } from '../src/i18n/de/errors.js';
import { deLabels } from '../src/i18n/de/labels.js';
import en from '../src/i18n/tables/en.js';
import { translator, type Translate } from '../src/i18n/translate.js';

export const UI_LANGS = ['de', 'en', 'ar'] as const;
export type UiLang = (typeof UI_LANGS)[number];

export function isUiLang(value: string | null | undefined): value is UiLang {
  return UI_LANGS.includes(value as UiLang);
}

type Entry = Readonly<Record<UiLang, string>>;

export const texts = {
  'page.title': {
    de: 'Konfigurator – Quartier Widgets',
    en: 'Configurator – Quartier Widgets',
    ar: 'أداة الإعداد – Quartier Widgets',
  },
  skip: { de: 'Zu den Einstellungen springen', en: 'Skip to the settings', ar: 'الانتقال إلى الإعدادات' },
  h1: { de: 'Widget-Konfigurator', en: 'Widget configurator', ar: 'أداة إعداد الأدوات' },
  intro: {
    de: 'Stellen Sie ein Widget für Ihre Website zusammen: Feed, Projekt, Sprache und Farben wählen, in der Vorschau prüfen, dann den passenden Code kopieren und einfügen.',
    en: 'Put together a widget for your website: choose the feed, the project, the language and the colours, check the preview, then copy the code that fits your site and paste it.',
    ar: 'جهّز أداة لموقعك: اختر مصدر البيانات والمشروع واللغة والألوان، وتحقّق من المعاينة، ثم انسخ الشيفرة المناسبة لموقعك والصقها.',
  },
  privacy: {
    de: 'Diese Seite speichert nichts und sendet nichts an Dritte; sie lädt nur den Feed, den Sie angeben.',
    en: 'This page stores nothing and sends nothing to third parties; it loads only the feed you enter.',
    ar: 'لا تحفظ هذه الصفحة شيئًا ولا ترسل شيئًا إلى أطراف أخرى؛ إنها تحمّل فقط مصدر البيانات الذي تدخله.',
  },
  'ui-lang': { de: 'Sprache dieser Seite', en: 'Language of this page', ar: 'لغة هذه الصفحة' },

  'feed.legend': { de: 'Feed', en: 'Feed', ar: 'مصدر البيانات' },
  'feed.label': { de: 'Adresse des Feeds (URL)', en: 'Address of the feed (URL)', ar: 'عنوان مصدر البيانات (URL)' },
  'feed.hint': {
    de: 'Eine oder mehrere Adressen, durch Leerzeichen getrennt. Liegt der Feed auf einem anderen Server, muss dieser das Lesen erlauben (CORS-Freigabe).',
    en: 'One or more addresses, separated by spaces. A feed on another server must allow this page to read it (CORS header).',
    ar: 'عنوان واحد أو أكثر، تفصل بينها مسافات. إذا كان المصدر على خادم آخر فيجب أن يسمح هذا الخادم بقراءته (ترويسة CORS).',
  },
  'feed.load': { de: 'Feed laden', en: 'Load feed', ar: 'تحميل المصدر' },
  'feed.none': {
    de: 'Noch kein Feed geladen.',
    en: 'No feed loaded yet.',
    ar: 'لم يُحمَّل أي مصدر بعد.',
  },
  'feed.sample': {
    de: 'Ein Beispiel zum Ausprobieren: der Beispiel-Feed von LeNa in Seesen. Tragen Sie oben die Adresse Ihres Feeds ein.',
    en: 'An example to try: the sample feed of LeNa in Seesen. Enter the address of your feed above.',
    ar: 'مثال للتجربة: مصدر البيانات النموذجي لمشروع LeNa في زيزن. أدخل عنوان مصدر بياناتك في الأعلى.',
  },
  'feed.loading': { de: 'Feed wird geladen …', en: 'Loading the feed …', ar: 'جارٍ تحميل المصدر …' },
  'feed.loaded': {
    de: 'Feed geladen. Projekte: {{projects}}, Organisationen: {{organizations}}, Orte: {{places}}, Angebote: {{offers}}.',
    en: 'Feed loaded. Projects: {{projects}}, organisations: {{organizations}}, places: {{places}}, offers: {{offers}}.',
    ar: 'تم تحميل المصدر. المشاريع: {{projects}}، المنظمات: {{organizations}}، الأماكن: {{places}}، العروض: {{offers}}.',
  },
  'feed.warnings': {
    de: 'Hinweise zum Feed: {{count}}. Mit „Hinweise für die Redaktion“ (debug) zeigt das Widget sie an.',
    en: 'Problems in the feed: {{count}}. With “notes for editors” (debug) the widget lists them.',
    ar: 'ملاحظات على المصدر: {{count}}. مع خيار „ملاحظات للمحررين“ (debug) تعرضها الأداة.',
  },
  'feed.failed-some': {
    de: 'Nicht alle Feeds konnten geladen werden:',
    en: 'Not every feed could be loaded:',
    ar: 'تعذّر تحميل بعض المصادر:',
  },

  'widget.legend': { de: 'Widget', en: 'Widget', ar: 'الأداة' },
  'widget.card': { de: 'Projektkarte', en: 'Project card', ar: 'بطاقة المشروع' },
  'widget.partner-list': { de: 'Partnerliste', en: 'Partner list', ar: 'قائمة الشركاء' },
  'widget.offer-map': { de: 'Angebotskarte', en: 'Offer map', ar: 'خريطة العروض' },
  'widget.agenda': { de: 'Was ist los?', en: 'What’s on?', ar: 'ماذا يجري؟' },
  'widget.directory': { de: 'Projektverzeichnis', en: 'Project directory', ar: 'دليل المشاريع' },
  'widget.directory.hint': {
    de: 'Viele Projekte aus einem oder mehreren Feeds, mit Suche und Filtern.',
    en: 'Many projects from one or more feeds, with search and filters.',
    ar: 'مشاريع كثيرة من مصدر واحد أو أكثر، مع بحث ومرشّحات.',
  },
  'directory.legend': { de: 'Verzeichnis', en: 'Directory', ar: 'الدليل' },
  'href.label': { de: 'Eigene Seite je Projekt (Adressvorlage)', en: "Each project's own page (address template)", ar: 'صفحة خاصة لكل مشروع (قالب العنوان)' },
  'href.hint': {
    de: 'Leer: Jedes Projekt öffnet seine Karte im Verzeichnis. Form: `/projekte/{id}`',
    en: 'Empty: each project opens its card in the directory. Form: `/projekte/{id}`',
    ar: 'فارغ: يفتح كل مشروع بطاقته داخل الدليل. الصيغة: `/projekte/{id}`',
  },
  'widget.card.hint': {
    de: 'Ein Projekt mit allem, was der Feed darüber sagt.',
    en: 'One project with everything the feed says about it.',
    ar: 'مشروع واحد مع كل ما يقوله المصدر عنه.',
  },
  'widget.partner-list.hint': {
    de: 'Die Organisationen hinter einem Projekt, nach Rolle gruppiert.',
    en: 'The organisations behind a project, grouped by role.',
    ar: 'المنظمات التي تقف وراء مشروع، مجمّعة حسب الدور.',
  },
  'widget.offer-map.hint': {
    de: 'Orte und Angebote als Liste, dazu eine Karte nach Einwilligung.',
    en: 'Places and offers as a list, and a map after consent.',
    ar: 'الأماكن والعروض كقائمة، مع خريطة بعد الموافقة.',
  },
  'widget.agenda.hint': {
    de: 'Die nächsten Termine aller aktuellen Angebote: heute, morgen, diese Woche, später.',
    en: 'The next dates of every current offer: today, tomorrow, this week, later.',
    ar: 'المواعيد القادمة لكل العروض الحالية: اليوم، غدًا، هذا الأسبوع، لاحقًا.',
  },

  'project.label': { de: 'Projekt', en: 'Project', ar: 'المشروع' },
  'project.none': { de: '– zuerst einen Feed laden –', en: '– load a feed first –', ar: '– حمّل مصدرًا أولًا –' },
  'project.all.partner-list': {
    de: 'Alle Organisationen des Feeds',
    en: 'Every organisation in the feed',
    ar: 'كل منظمات المصدر',
  },
  'project.all.offer-map': {
    de: 'Alle Orte und Angebote des Feeds',
    en: 'Every place and offer in the feed',
    ar: 'كل أماكن المصدر وعروضه',
  },
  'project.manual': { de: 'Kennung des Projekts', en: 'Project id', ar: 'معرّف المشروع' },
  'project.manual.hint': {
    de: 'Der Feed konnte hier nicht gelesen werden. Tragen Sie die Kennung (`id`) des Projekts von Hand ein.',
    en: 'The feed could not be read here. Enter the project’s `id` by hand.',
    ar: 'تعذّرت قراءة المصدر هنا. أدخل معرّف المشروع (`id`) يدويًا.',
  },

  'display.legend': { de: 'Darstellung', en: 'Display', ar: 'طريقة العرض' },
  'lang.label': { de: 'Sprache des Widgets', en: 'Language of the widget', ar: 'لغة الأداة' },
  'lang.page': { de: 'wie die Seite', en: 'as the page', ar: 'مثل الصفحة' },
  'lang.hint': {
    de: '„wie die Seite“: Das Widget folgt dem lang-Attribut der Seite (hier: der Sprache dieses Konfigurators).',
    en: '“as the page”: the widget follows the page’s lang attribute (here: the language of this configurator).',
    ar: '„مثل الصفحة“: تتبع الأداة سمة lang للصفحة (هنا: لغة أداة الإعداد هذه).',
  },
  'switch.legend': { de: 'Sprachumschalter für Bewohnerinnen und Bewohner', en: 'Language switch for residents', ar: 'مبدّل اللغة للسكان' },
  'switch.hint': {
    de: 'Eine Auswahlliste über dem Widget, mit der Besucherinnen und Besucher die Sprache wechseln (`languages`). Die Sprache des Widgets steht immer an erster Stelle; die Liste erscheint, sobald sie mindestens zwei Sprachen anbietet. In der Vorschau können Sie sie ausprobieren.',
    en: 'A list above the widget with which visitors change its language (`languages`). The widget’s own language always comes first; the list appears once it offers at least two languages. You can try it out in the preview.',
    ar: 'قائمة اختيار فوق الأداة يغيّر بها الزوار لغتها (`languages`). تأتي لغة الأداة نفسها دائمًا أولًا؛ وتظهر القائمة متى عرضت لغتين على الأقل. يمكنك تجربتها في المعاينة.',
  },
  'switch.none': { de: 'Kein Umschalter', en: 'No switch', ar: 'بدون مبدّل' },
  'switch.auto': { de: 'Sprachen aus dem Feed (`auto`)', en: 'Languages from the feed (`auto`)', ar: 'لغات مصدر البيانات (`auto`)' },
  'switch.auto.found': {
    de: 'Im geladenen Feed: {{list}}.',
    en: 'In the loaded feed: {{list}}.',
    ar: 'في المصدر المحمَّل: {{list}}.',
  },
  'switch.list': { de: 'diese Sprachen:', en: 'these languages:', ar: 'هذه اللغات:' },
  'switch.list.none': {
    de: 'Noch keine Sprache angekreuzt: Das Widget zeigt keinen Umschalter.',
    en: 'No language ticked yet: the widget shows no switch.',
    ar: 'لم تحدد أي لغة بعد: لن تعرض الأداة مبدّلًا.',
  },
  'variant.label': { de: 'Umfang', en: 'Extent', ar: 'المحتوى' },
  'variant.full': { de: 'Vollständig', en: 'Full', ar: 'كامل' },
  'variant.compact': { de: 'Kompakt (für Übersichtsseiten)', en: 'Compact (for listing pages)', ar: 'مختصر (لصفحات القوائم)' },
  'layout.label': { de: 'Anordnung', en: 'Layout', ar: 'الترتيب' },
  'layout.list': { de: 'Liste', en: 'List', ar: 'قائمة' },
  'layout.grid': { de: 'Kacheln', en: 'Tiles', ar: 'مربعات' },
  'layout.logos': { de: 'Logos', en: 'Logos', ar: 'شعارات' },
  'heading.label': { de: 'Überschriftenebene', en: 'Heading level', ar: 'مستوى العنوان' },
  'heading.hint': {
    de: 'Damit die oberste Überschrift des Widgets in die Gliederung Ihrer Seite passt (üblich: 2).',
    en: 'So that the widget’s top heading fits your page’s outline (usually 2).',
    ar: 'ليتلاءم العنوان الأعلى للأداة مع بنية صفحتك (عادةً 2).',
  },
  'debug.label': {
    de: 'Hinweise für die Redaktion anzeigen (`debug`)',
    en: 'Show notes for editors (`debug`)',
    ar: 'عرض ملاحظات للمحررين (`debug`)',
  },

  'filters.legend': { de: 'Auswahl', en: 'Filters', ar: 'التصفية' },
  'filters.hint': {
    de: 'Nichts angekreuzt: alle.',
    en: 'Nothing ticked: all of them.',
    ar: 'إذا لم تحدد شيئًا: الكل.',
  },
  'roles.legend': { de: 'Nur diese Rollen', en: 'Only these roles', ar: 'هذه الأدوار فقط' },
  'types.legend': {
    de: 'Nur diese Arten von Organisationen',
    en: 'Only these kinds of organisation',
    ar: 'هذه الأنواع من المنظمات فقط',
  },
  'categories.legend': {
    de: 'Nur diese Kategorien von Angeboten',
    en: 'Only these categories of offers',
    ar: 'هذه الفئات من العروض فقط',
  },

  'map.legend': { de: 'Karte', en: 'Map', ar: 'الخريطة' },
  'consent.legend': { de: 'Wann lädt die Karte?', en: 'When does the map load?', ar: 'متى تُحمَّل الخريطة؟' },
  'consent.ask': {
    de: 'Erst nach einem Klick der Besucherin oder des Besuchers („Karte laden“)',
    en: 'Only after the visitor clicks “Load map”',
    ar: 'فقط بعد أن ينقر الزائر على „تحميل الخريطة“',
  },
  'consent.granted': {
    de: 'Sofort: Die Website holt die Einwilligung selbst ein oder nutzt einen eigenen Kartenserver',
    en: 'At once: the website asks for consent itself or uses its own tile server',
    ar: 'فورًا: الموقع يطلب الموافقة بنفسه أو يستخدم خادم خرائط خاصًا به',
  },
  'tiles.label': { de: 'Kartenserver (Adressvorlage)', en: 'Tile server (URL template)', ar: 'خادم الخرائط (قالب العنوان)' },
  'tiles.hint': {
    de: 'Leer: OpenStreetMap. Form: `https://…/{z}/{x}/{y}.png`',
    en: 'Empty: OpenStreetMap. Form: `https://…/{z}/{x}/{y}.png`',
    ar: 'فارغ: OpenStreetMap. الشكل: `https://…/{z}/{x}/{y}.png`',
  },
  'attribution.label': {
    de: 'Nennung des Kartenservers',
    en: 'Tile server attribution',
    ar: 'نسبة خادم الخرائط',
  },
  'attribution.hint': {
    de: 'Leer: „© OpenStreetMap-Mitwirkende“.',
    en: 'Empty: “© OpenStreetMap contributors”.',
    ar: 'فارغ: „© مساهمو OpenStreetMap“.',
  },

  'theme.legend': { de: 'Farben und Schrift', en: 'Colours and font', ar: 'الألوان والخط' },
  'theme.hint': {
    de: 'Leere Felder: die eingebauten Werte. Erlaubt ist jeder CSS-Wert, z. B. `#0b5cad` oder `rgb(11 92 173)`.',
    en: 'Empty fields: the built-in values. Any CSS value is allowed, e.g. `#0b5cad` or `rgb(11 92 173)`.',
    ar: 'الحقول الفارغة: القيم المدمجة. تُقبل أي قيمة CSS، مثل `#0b5cad` أو `rgb(11 92 173)`.',
  },
  'token.accent': { de: 'Akzentfarbe (Links, Fokus)', en: 'Accent colour (links, focus)', ar: 'لون التمييز (الروابط، التركيز)' },
  'token.text': { de: 'Textfarbe', en: 'Text colour', ar: 'لون النص' },
  'token.background': { de: 'Hintergrund', en: 'Background', ar: 'الخلفية' },
  'token.surface': { de: 'Flächen (Kästen, Schlagworte)', en: 'Surfaces (boxes, tags)', ar: 'المساحات (الصناديق، الوسوم)' },
  'token.border': { de: 'Linien', en: 'Lines', ar: 'الخطوط الفاصلة' },
  'token.font': { de: 'Schriftart', en: 'Font family', ar: 'نوع الخط' },
  'token.radius': { de: 'Eckenradius', en: 'Corner radius', ar: 'استدارة الزوايا' },
  'token.pick': { de: '{{label}}: Farbe wählen', en: '{{label}}: pick a colour', ar: '{{label}}: اختر لونًا' },
  'token.invalid': {
    de: 'Kein gültiger Wert; er wird nicht verwendet.',
    en: 'Not a valid value; it is not used.',
    ar: 'قيمة غير صالحة؛ لن تُستخدم.',
  },
  'theme.reset': { de: 'Farben und Schrift zurücksetzen', en: 'Reset colours and font', ar: 'إعادة ضبط الألوان والخط' },
  'theme.inline': {
    de: 'Die Regeln als `<style>`-Block in den Code „Script und Element“ aufnehmen',
    en: 'Put the rules into the “script and element” code as a `<style>` block',
    ar: 'إدراج القواعد في شيفرة „السكربت والعنصر“ ككتلة `<style>`',
  },
  'theme.inline.hint': {
    de: "Nur für Websites ohne strenge Content-Security-Policy: Eine Policy mit `style-src 'self'` verbietet `<style>`-Blöcke und `style`-Attribute. Dort gehören die Regeln in die CSS-Datei der Website (unten: „CSS für Ihr Stylesheet“).",
    en: "Only for websites without a strict Content Security Policy: a policy with `style-src 'self'` forbids `<style>` blocks and `style` attributes. There the rules belong in the website’s CSS file (below: “CSS for your stylesheet”).",
    ar: "فقط للمواقع التي لا تستخدم سياسة أمان محتوى صارمة: السياسة التي تتضمن `style-src 'self'` تمنع كتل `<style>` وسمات `style`. في هذه الحالة توضع القواعد في ملف CSS الخاص بالموقع (أدناه: „CSS لملف الأنماط“).",
  },

  'base.legend': { de: 'Wo das Script liegt', en: 'Where the script is', ar: 'مكان السكربت' },
  'base.label': {
    de: 'Adresse des Ordners mit `quartier-widgets.js`',
    en: 'Address of the folder with `quartier-widgets.js`',
    ar: 'عنوان المجلد الذي يحتوي `quartier-widgets.js`',
  },
  'base.hint': {
    de: 'Der Ordner `quartier-widgets/<Version>/` aus dem Download (oder `dist/` des Kits), so wie er auf Ihrem Server liegt, mit `chunks/`, `embed.html` und `quartier-embed-host.js`. Voreingestellt: der Ordner dieser Seite.',
    en: 'The folder `quartier-widgets/<version>/` from the download (or the kit’s `dist/`) as it is on your server, with `chunks/`, `embed.html` and `quartier-embed-host.js`. Preset: this page’s folder.',
    ar: 'المجلد `quartier-widgets/<version>/` من ملف التنزيل (أو مجلد `dist/` الخاص بالحزمة) كما هو على خادمك، مع `chunks/` و`embed.html` و`quartier-embed-host.js`. الإعداد المسبق: مجلد هذه الصفحة.',
  },
  'site.label': {
    de: 'Adresse Ihrer Website (wo der Code eingefügt wird)',
    en: 'Address of your website (where the code goes)',
    ar: 'عنوان موقعك (حيث تُلصق الشيفرة)',
  },
  'site.hint': {
    de: 'Freiwillig. Liegt das Script auf einem anderen Server als Ihre Website, steht unter „Code zum Einfügen“, welchen Header dieser Server senden muss.',
    en: 'Optional. If the script is on another server than your website, “Code to paste” says which header that server must send.',
    ar: 'اختياري. إذا كان السكربت على خادم غير خادم موقعك، يذكر قسم „الشيفرة للصق“ الترويسة التي يجب أن يرسلها ذلك الخادم.',
  },
  'cors.note': {
    de: 'Das Script liegt auf `{{script}}`, Ihre Website auf `{{site}}`: zwei verschiedene Server. `{{script}}` muss darum mit jeder Datei des Ordners den Header `Access-Control-Allow-Origin: {{site}}` (oder `Access-Control-Allow-Origin: *`) senden. Browser laden Module-Scripts nur mit dieser CORS-Freigabe; ohne sie bleiben die Widgets der Formen „Script und Element“ und `data-*` leer, ohne Meldung auf der Seite. Das iframe braucht den Header nicht.',
    en: 'The script is on `{{script}}`, your website on `{{site}}`: two different servers. So `{{script}}` must send the header `Access-Control-Allow-Origin: {{site}}` (or `Access-Control-Allow-Origin: *`) with every file of the folder. Browsers load module scripts only with this CORS permission; without it the widgets of the “script and element” and `data-*` forms stay empty, with no message on the page. The iframe does not need the header.',
    ar: 'السكربت موجود على `{{script}}` وموقعك على `{{site}}`: خادمان مختلفان. لذلك يجب أن يرسل `{{script}}` مع كل ملف في المجلد الترويسة `Access-Control-Allow-Origin: {{site}}` (أو `Access-Control-Allow-Origin: *`). لا تحمّل المتصفحات سكربتات الوحدات إلا بهذا الإذن (CORS)؛ ومن دونه تبقى أدوات الشكلين „السكربت والعنصر“ و`data-*` فارغة دون أي رسالة على الصفحة. لا يحتاج إطار iframe إلى هذه الترويسة.',
  },
  'base.dev': {
    de: 'Diese Seite läuft aus den Quellen (`npm start`); `/src/quartier-widgets.ts` taugt nicht für eingefügten Code. Voreingestellt ist darum `/dist/` dieses Servers (nach `npm run build`); auf Ihrer Website tragen Sie die Adresse ein, unter der Sie `dist/` ablegen.',
    en: 'This page runs from the sources (`npm start`); `/src/quartier-widgets.ts` cannot serve pasted code. So the preset is this server’s `/dist/` (after `npm run build`); for your website, enter the address where you host `dist/`.',
    ar: 'تعمل هذه الصفحة من الشيفرة المصدرية (`npm start`)؛ ولا يصلح `/src/quartier-widgets.ts` للشيفرة الملصقة. لذلك الإعداد المسبق هو `/dist/` على هذا الخادم (بعد `npm run build`)؛ أما لموقعك فأدخل العنوان الذي تضع فيه `dist/`.',
  },

  'preview.title': { de: 'Vorschau', en: 'Preview', ar: 'المعاينة' },
  'preview.hint': {
    de: 'Das echte Widget, mit genau den Attributen und Farben des Codes unten.',
    en: 'The real widget, with exactly the attributes and colours of the code below.',
    ar: 'الأداة الحقيقية، بالسمات والألوان نفسها الموجودة في الشيفرة أدناه.',
  },
  'preview.label': { de: 'Vorschau des Widgets', en: 'Preview of the widget', ar: 'معاينة الأداة' },

  'code.title': { de: 'Code zum Einfügen', en: 'Code to paste', ar: 'الشيفرة للصق' },
  'code.hint': {
    de: 'Drei Formen für dasselbe Widget – nehmen Sie die, die Ihr Redaktionssystem zulässt.',
    en: 'Three forms of the same widget – use the one your content management system allows.',
    ar: 'ثلاثة أشكال للأداة نفسها – استخدم الشكل الذي يسمح به نظام إدارة المحتوى لديك.',
  },
  'form.element.title': { de: 'Script und Element', en: 'Script and element', ar: 'السكربت والعنصر' },
  'form.element.hint': {
    de: 'Für Webmaster und HTML-Inhaltselemente (TYPO3 „Reines HTML“, WordPress „Individuelles HTML“): die Script-Zeile einmal pro Seite, das Element dort, wo das Widget erscheinen soll.',
    en: 'For webmasters and HTML content elements (TYPO3 “Plain HTML”, WordPress “Custom HTML”): the script line once per page, the element where the widget should appear.',
    ar: 'لمديري المواقع ولعناصر محتوى HTML (TYPO3 „HTML خام“، WordPress „HTML مخصص“): سطر السكربت مرة واحدة في الصفحة، والعنصر حيث يجب أن تظهر الأداة.',
  },
  'form.div.title': { de: 'Für Texteditoren (`data-*`)', en: 'For text editors (`data-*`)', ar: 'لمحررات النصوص (`data-*`)' },
  'form.div.hint': {
    de: 'Für Rich-Text-Editoren, die unbekannte Elemente und Scripts entfernen: ein `div`, das das Script in das Widget verwandelt. Die Website muss das Script einmal einbinden (erste Zeile von „Script und Element“); Farben kommen aus ihrem Stylesheet.',
    en: 'For rich-text editors that remove unknown elements and scripts: a `div` that the script turns into the widget. The website must include the script once (first line of “script and element”); colours come from its stylesheet.',
    ar: 'لمحررات النصوص التي تحذف العناصر غير المعروفة والسكربتات: عنصر `div` يحوّله السكربت إلى الأداة. يجب أن يضمّن الموقع السكربت مرة واحدة (السطر الأول من „السكربت والعنصر“)؛ وتأتي الألوان من ملف الأنماط الخاص به.',
  },
  'form.iframe.title': { de: 'iframe', en: 'iframe', ar: 'إطار iframe' },
  'form.iframe.hint': {
    de: 'Für Systeme, die nur iframes erlauben. Die Script-Zeile darunter ist freiwillig: Sie passt die Höhe des iframes an seinen Inhalt an.',
    en: 'For systems that allow only iframes. The script line below it is optional: it fits the iframe’s height to its content.',
    ar: 'للأنظمة التي تسمح بإطارات iframe فقط. سطر السكربت تحته اختياري: يضبط ارتفاع الإطار على محتواه.',
  },
  'form.iframe.theme': {
    de: 'Farben und Schrift stehen hier in der Adresse des iframes: Das CSS Ihrer Website erreicht die Seite im iframe nicht.',
    en: 'Here colours and font travel in the iframe’s address: your website’s CSS does not reach the page inside the iframe.',
    ar: 'هنا تُنقل الألوان والخط في عنوان الإطار: لا يصل CSS موقعك إلى الصفحة داخل الإطار.',
  },
  'form.iframe.lang': {
    de: '„wie die Seite“: Im iframe kennt das Widget die Sprache Ihrer Seite nicht und zeigt Deutsch. Wählen Sie die Sprache ausdrücklich.',
    en: '“as the page”: inside an iframe the widget does not know your page’s language and shows German. Choose the language explicitly.',
    ar: '„مثل الصفحة“: داخل الإطار لا تعرف الأداة لغة صفحتك وتعرض الألمانية. اختر اللغة صراحةً.',
  },
  'form.css.title': { de: 'CSS für Ihr Stylesheet', en: 'CSS for your stylesheet', ar: 'CSS لملف الأنماط' },
  'form.css.hint': {
    de: 'Die Farben und die Schrift als Regel für die CSS-Datei Ihrer Website. So wirken sie auch unter einer strengen Content-Security-Policy, für die Script-Form wie für die `data-*`-Form, auf jedes Widget dieser Art auf der Seite.',
    en: 'The colours and the font as a rule for your website’s CSS file. That way they work under a strict Content Security Policy too, for the script form and the `data-*` form alike, on every widget of this kind on the page.',
    ar: 'الألوان والخط كقاعدة لملف CSS الخاص بموقعك. بهذه الطريقة تعمل أيضًا مع سياسة أمان محتوى صارمة، لشكل السكربت ولشكل `data-*` على حد سواء، على كل أداة من هذا النوع في الصفحة.',
  },
  'form.css.none': {
    de: 'Keine eigenen Farben gewählt: Das Widget zeigt die eingebauten.',
    en: 'No colours of your own: the widget shows the built-in ones.',
    ar: 'لم تختر ألوانًا خاصة: تعرض الأداة الألوان المدمجة.',
  },
  copy: { de: 'Code kopieren', en: 'Copy code', ar: 'نسخ الشيفرة' },
  'copy.done': { de: 'Kopiert: {{name}}', en: 'Copied: {{name}}', ar: 'تم النسخ: {{name}}' },
  'copy.failed': {
    de: 'Kopieren nicht möglich. Der Code ist markiert: Bitte mit Strg+C (Cmd+C) kopieren.',
    en: 'Copying is not possible. The code is selected: please copy it with Ctrl+C (Cmd+C).',
    ar: 'تعذّر النسخ. الشيفرة محددة: انسخها باستخدام Ctrl+C (Cmd+C).',
  },
} as const satisfies Record<string, Entry>;

export type TextKey = keyof typeof texts;

/** A page text, with `{{name}}` filled in. */
export function text(key: TextKey, lang: UiLang, params: Readonly<Record<string, string | number>> = {}): string {
  const entry: Entry = texts[key];
  return entry[lang].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
}

/** Whether the page has a text for `key` (a value just added to a widget's spec may have none yet). */
export function isTextKey(key: string): key is TextKey {
  return Object.prototype.hasOwnProperty.call(texts, key);
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
