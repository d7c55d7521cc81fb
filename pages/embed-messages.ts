/**
 * The embed page's own texts (German, English, Arabic): its title and the
 * messages for the editor who wrote the iframe's URL. The widget brings its
 * own texts. Values are inserted as text (bidi-isolated in Arabic), never as
 * markup.
 */
import { format } from '../src/i18n/format.js';
import { directionOf, primaryLanguage } from '../src/i18n/resolve-lang.js';
import { WIDGET_NAMES, type EmbedProblem, type WidgetTag } from './embed-params.js';

/** What the page shows besides the URL's problems: the widget's code did not load, a program error, the page's policy blocked an address. */
export type PageProblem = { readonly code: 'load-failed' | 'internal' } | { readonly code: 'blocked'; readonly value: string; readonly directive: string };

type Key = EmbedProblem['code'] | PageProblem['code'] | 'for-editors' | 'title' | `title.${WidgetTag}`;

const de = {
  title: 'Quartier-Widget',
  'title.quartier-card': 'Projektkarte',
  'title.partner-list': 'Partnerliste',
  'title.offer-map': 'Angebotskarte',
  'title.quartier-agenda': 'Was ist los?',
  'title.quartier-directory': 'Projektverzeichnis',
  'for-editors': 'Hinweis für die Redaktion',
  'widget-missing': 'Der Parameter „widget“ fehlt: Bitte angeben, welches Widget gezeigt wird (möglich: {allowed}).',
  'widget-unknown': 'Der Parameter „widget“ nennt „{value}“, das ist kein Widget (möglich: {allowed}).',
  'src-missing': 'Der Parameter „src“ fehlt: Bitte die vollständige Adresse des Feeds angeben (https://…).',
  'src-relative':
    'Der Parameter „src“ enthält „{value}“: Das ist keine vollständige Adresse. Im iframe sind nur vollständige http(s)-Adressen erlaubt (https://…).',
  'src-scheme': 'Der Parameter „src“ enthält „{value}“: Adressen mit „{scheme}“ sind nicht erlaubt, nur http(s)-Adressen (https://…).',
  'src-credentials': 'Der Parameter „src“ enthält „{value}“: Adressen mit Benutzername oder Passwort sind nicht erlaubt.',
  'src-insecure':
    'Der Parameter „src“ enthält „{value}“: Diese Seite ist verschlüsselt (https), darum lädt der Browser keinen Feed über http. Bitte die https-Adresse angeben.',
  'tiles-insecure':
    'Der Parameter „tiles“ enthält „{value}“: Diese Seite ist verschlüsselt (https), darum lädt der Browser keine Kartenbilder über http. Bitte die https-Adresse des Kartenservers angeben.',
  'href-relative':
    'Der Parameter „href“ enthält „{value}“: Das ist keine vollständige Adresse. Im iframe führte sie nicht zu Ihrer Website, sondern zum Server dieses Widgets; darum öffnen sich die Projekte hier. Bitte die vollständige Adresse angeben (https://…/projekte/{id}).',
  'bad-value': 'Der Parameter „{name}“ hat den Wert „{value}“, der nicht erlaubt ist (möglich: {allowed}); er wird nicht verwendet.',
  'bad-token': 'Der Parameter „{name}“ ist keine Gestaltungsvariable des Widgets oder hat einen nicht erlaubten Wert („{value}“); er wird nicht verwendet.',
  'load-failed': 'Das Widget konnte nicht geladen werden (keine Verbindung?). Bitte die Seite neu laden.',
  internal: 'Diese Seite konnte das Widget nicht zeigen (ein Programmfehler; bitte melden).',
  blocked:
    'Der Browser hat nichts von „{value}“ geladen: Die Sicherheitsregel (Content Security Policy) dieser Seite erlaubt es nicht ({directive}). Sendet der Server von embed.html eine eigene Content-Security-Policy, muss sie diese Adresse erlauben.',
} as const satisfies Record<Key, string>;

/** Every other table has each key of the German one. */
type EmbedTexts = Readonly<Record<keyof typeof de, string>>;

const en: EmbedTexts = {
  title: 'Quartier widget',
  'title.quartier-card': 'Project card',
  'title.partner-list': 'Partner list',
  'title.offer-map': 'Offer map',
  'title.quartier-agenda': "What's on?",
  'title.quartier-directory': 'Project directory',
  'for-editors': 'Note for editors',
  'widget-missing': 'The “widget” parameter is missing: please say which widget to show ({allowed}).',
  'widget-unknown': 'The “widget” parameter says “{value}”, which is not a widget ({allowed}).',
  'src-missing': 'The “src” parameter is missing: please give the full address of the feed (https://…).',
  'src-relative': 'The “src” parameter contains “{value}”: that is not a full address. In an iframe only full http(s) addresses are allowed (https://…).',
  'src-scheme': 'The “src” parameter contains “{value}”: “{scheme}” addresses are not allowed, only http(s) addresses (https://…).',
  'src-credentials': 'The “src” parameter contains “{value}”: addresses with a user name or password are not allowed.',
  'src-insecure':
    'The “src” parameter contains “{value}”: this page is encrypted (https), so the browser loads no feed over http. Please give the https address.',
  'tiles-insecure':
    'The “tiles” parameter contains “{value}”: this page is encrypted (https), so the browser loads no map images over http. Please give the tile server’s https address.',
  'href-relative':
    'The “href” parameter contains “{value}”: that is not a full address. In an iframe it would lead to this widget’s server, not to your website, so the projects open here instead. Please give the full address (https://…/projekte/{id}).',
  'bad-value': 'The “{name}” parameter has the value “{value}”, which is not allowed ({allowed}); it is not used.',
  'bad-token': 'The “{name}” parameter is not one of the widget’s design tokens, or its value (“{value}”) is not allowed; it is not used.',
  'load-failed': 'The widget could not be loaded (no connection?). Please reload the page.',
  internal: 'This page could not show the widget (a program error; please report it).',
  blocked:
    'The browser loaded nothing from “{value}”: this page’s security policy (Content Security Policy) does not allow it ({directive}). If the server of embed.html sends a Content-Security-Policy of its own, it must allow this address.',
};

const ar: EmbedTexts = {
  title: 'أداة Quartier',
  'title.quartier-card': 'بطاقة المشروع',
  'title.partner-list': 'قائمة الشركاء',
  'title.offer-map': 'خريطة الأنشطة',
  'title.quartier-agenda': 'ماذا يجري؟',
  'title.quartier-directory': 'دليل المشاريع',
  'for-editors': 'ملاحظة للمحررين',
  'widget-missing': 'المُعامِل «widget» مفقود: يرجى تحديد الأداة المراد عرضها (الممكن: {allowed}).',
  'widget-unknown': 'المُعامِل «widget» يحدّد «{value}»، وهذه ليست أداة معروفة (الممكن: {allowed}).',
  'src-missing': 'المُعامِل «src» مفقود: يرجى ذكر العنوان الكامل لملف البيانات (https://…).',
  'src-relative': 'المُعامِل «src» يحتوي على «{value}»: هذا ليس عنوانًا كاملًا. في الإطار المضمَّن (iframe) لا يُسمح إلا بعناوين http(s) الكاملة (https://…).',
  'src-scheme': 'المُعامِل «src» يحتوي على «{value}»: العناوين من نوع «{scheme}» غير مسموح بها، بل عناوين http(s) فقط (https://…).',
  'src-credentials': 'المُعامِل «src» يحتوي على «{value}»: العناوين التي تتضمن اسم مستخدم أو كلمة مرور غير مسموح بها.',
  'src-insecure': 'المُعامِل «src» يحتوي على «{value}»: هذه الصفحة مشفّرة (https)، لذلك لا يحمّل المتصفح ملف بيانات عبر http. يرجى ذكر عنوان https.',
  'tiles-insecure':
    'المُعامِل «tiles» يحتوي على «{value}»: هذه الصفحة مشفّرة (https)، لذلك لا يحمّل المتصفح صور الخريطة عبر http. يرجى ذكر عنوان https لخادم الخريطة.',
  'href-relative':
    'المُعامِل «href» يحتوي على «{value}»: هذا ليس عنوانًا كاملًا. في الإطار المضمَّن (iframe) سيقود إلى خادم هذه الأداة لا إلى موقعك، لذلك تُفتح المشاريع هنا. يرجى ذكر العنوان الكامل (https://…/projekte/{id}).',
  'bad-value': 'المُعامِل «{name}» له القيمة «{value}» وهي غير مسموح بها (الممكن: {allowed})؛ لن تُستخدم هذه القيمة.',
  'bad-token': 'المُعامِل «{name}» ليس من متغيرات تصميم الأداة، أو أن قيمته («{value}») غير مسموح بها؛ لن يُستخدم.',
  'load-failed': 'تعذّر تحميل الأداة (لا يوجد اتصال؟). يرجى إعادة تحميل الصفحة.',
  internal: 'تعذّر على هذه الصفحة عرض الأداة (خطأ برمجي؛ يرجى الإبلاغ عنه).',
  blocked:
    'لم يحمّل المتصفح شيئًا من «{value}»: سياسة الأمان (Content Security Policy) لهذه الصفحة لا تسمح بذلك ({directive}). إذا كان الخادم الذي يقدّم embed.html يرسل سياسة Content-Security-Policy خاصة به، فيجب أن تسمح بهذا العنوان.',
};

const TABLES: Readonly<Record<string, EmbedTexts>> = { de, en, ar };

/** Values longer than this are cut in messages (a whole `data:` URL helps nobody). */
const MAX_VALUE = 120;

function shorten(value: string): string {
  return value.length > MAX_VALUE ? `${value.slice(0, MAX_VALUE - 1)}…` : value;
}

/** The page's texts for a language: its own table for de, en and ar; German for any other. */
export function embedTexts(lang: string): {
  /** The page title for a widget (or the generic one). */
  title(tag: WidgetTag | undefined): string;
  /** The sentence an editor sees for a problem. */
  problem(problem: EmbedProblem | PageProblem): string;
  /** "Note for editors". */
  readonly forEditors: string;
  /** The language these texts are in (German when the page's language has no table). */
  readonly lang: string;
} {
  const table = TABLES[primaryLanguage(lang)] ?? de;
  const tableLang = table === de ? 'de' : lang;
  const isolate = directionOf(tableLang) === 'rtl';
  return {
    title: (tag) => (tag ? `${table[`title.${tag}`]} – Quartier Widgets` : table.title),
    problem(problem) {
      const params: Record<string, string> = { allowed: WIDGET_NAMES };
      for (const [name, value] of Object.entries(problem)) if (typeof value === 'string') params[name] = shorten(value);
      return format(table[problem.code], params, tableLang, isolate);
    },
    forEditors: table['for-editors'],
    lang: tableLang,
  };
}
