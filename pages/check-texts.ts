/**
 * The checker page's own texts in German, English and Arabic. The feed's
 * problems themselves are the widgets' editor messages (`src/i18n/*\/editor.ts`,
 * put into words by `src/i18n/feed-messages.ts`); the counts and the
 * missing-translation sentence are the command line's (`src/i18n/*\/cli.ts`)
 * in German and English, so page and command line say the same thing.
 */
import { arAuthoring } from '../src/i18n/ar/authoring.js';
import { deAuthoring } from '../src/i18n/de/authoring.js';
import { deCli } from '../src/i18n/de/cli.js';
import { enAuthoring } from '../src/i18n/en/authoring.js';
import { enCli } from '../src/i18n/en/cli.js';
import type { Message } from '../src/i18n/format.js';

export type PageLang = 'de' | 'en' | 'ar';
export const PAGE_LANGS: readonly PageLang[] = ['de', 'en', 'ar'];

export const dePage = {
  'page.title': 'Feed prüfen – Quartier Widgets',
  'page.heading': 'Feed prüfen',
  'page.intro':
    'Prüfen Sie einen Quartier-Feed, bevor Sie ihn veröffentlichen: Diese Seite nennt jedes Problem mit seiner Stelle in der Datei (Zeile und Spalte), die Einträge, die die Widgets nicht anzeigen würden, fehlende Übersetzungen, und zeigt eine Vorschau. Sie wendet dieselben Regeln an wie die Widgets und der Befehl „quartier-feed check“.',
  'page.privacy':
    'Die Prüfung läuft in Ihrem Browser. Eine Datei oder ein eingefügter Text verlässt Ihr Gerät nicht; nur die Vorschau lädt Bilder (Logos, Fotos) von den Adressen, die der Feed nennt, und die Karte erst nach Ihrem Klick Kartenbilder.',
  'page.format': 'Wie ein Feed aufgebaut ist, beschreibt das Feed-Format (docs/feed-format.md im Paket quartier-widgets).',
  'lang.label': 'Sprache',
  'input.heading': 'Welchen Feed prüfen?',
  'input.intro': 'Geben Sie eine Adresse an, wählen Sie eine Datei, oder fügen Sie den Inhalt des Feeds ein.',
  'url.label': 'Adresse (URL) des Feeds',
  'url.hint': 'zum Beispiel https://www.example.org/quartier.json',
  'url.submit': 'Adresse prüfen',
  'url.empty': 'Bitte zuerst eine Adresse eingeben.',
  'file.label': 'Datei auswählen (JSON oder Tabelle)',
  'file.hint': 'Ein Feed als JSON-Datei, oder eine Tabelle nach der Vorlage (XLSX, ODS). Sie können die Datei auch auf diese Seite ziehen.',
  'file.not-a-workbook': deAuthoring['read.not-a-workbook'],
  'template.intro': 'Lieber in einer Tabelle arbeiten? Die leere Vorlage, mit einer Erklärung zu jeder Spalte:',
  'template.xlsx': 'Vorlage als XLSX (Excel)',
  'template.ods': 'Vorlage als ODS (LibreOffice)',
  'template.file': 'quartier-feed-vorlage',
  'file.drop': 'Datei loslassen, um sie zu prüfen',
  'file.cannot-read': 'Die Datei „{file}“ kann nicht gelesen werden.',
  'file.not-one': 'Bitte genau eine Datei ablegen.',
  'text.label': 'Inhalt des Feeds (JSON-Text)',
  'text.submit': 'Text prüfen',
  'text.empty': 'Bitte zuerst den Inhalt des Feeds einfügen.',
  'text.source': '(eingefügter Text)',
  'status.internal': 'Beim Prüfen ist ein Programmfehler aufgetreten. Bitte melden Sie ihn und prüfen Sie den Feed so lange mit „npx quartier-feed check“.',
  'status.idle': 'Noch kein Feed geprüft.',
  'status.checking': 'Der Feed wird geprüft …',
  'result.heading': 'Ergebnis',
  'result.source': 'Geprüft: {source}',
  'summary.failed': 'Der Feed kann nicht verwendet werden.',
  'summary.ok': deCli['cli.summary.ok'],
  'summary.problems': deCli['cli.count.problems'],
  'summary.dropped': deCli['cli.count.dropped'],
  'summary.missing': deCli['cli.count.missing'],
  'summary.hints': deCli['cli.count.hints'],
  'summary.kept': deCli['cli.summary.kept'],
  'count.projects': deCli['cli.count.projects'],
  'count.organizations': deCli['cli.count.organizations'],
  'count.places': deCli['cli.count.places'],
  'count.offers': deCli['cli.count.offers'],
  'where.line-column': 'Zeile {line}, Spalte {column}',
  'where.line': 'Zeile {line}',
  'failure.heading': 'Der Feed kann nicht verwendet werden',
  'failure.syntax': deCli['cli.syntax-help'],
  'failure.cors':
    'Der Server antwortet, erlaubt aber anderen Websites nicht, den Feed zu lesen: Die Kopfzeile „Access-Control-Allow-Origin“ fehlt (CORS). Dann können ihn auch die Widgets auf einer Website unter einer anderen Domain nicht laden. Bitten Sie die Betreiber des Servers, „Access-Control-Allow-Origin: *“ zu senden. Bis dahin können Sie die Datei herunterladen und hier als Datei prüfen.',
  'failure.cors.note':
    'Erlaubt der Server das Lesen nur bestimmten Websites (etwa nur der Website Ihrer Stadt), scheitert diese Prüfseite, obwohl die Widgets dort funktionieren. Prüfen Sie die Datei dann hier als Datei.',
  'failure.unreachable':
    'Unter dieser Adresse antwortet kein Server. Ist die Adresse richtig geschrieben, und ist Ihr Gerät online? Manche Server sind nur aus dem eigenen Netz erreichbar.',
  'failure.mixed':
    'Die Adresse beginnt mit http://, diese Seite aber mit https://: Browser laden so eine unverschlüsselte Adresse nicht. Bitte die https-Adresse des Feeds verwenden – auf einer https-Website brauchen die Widgets sie ebenso.',
  'failure.html':
    'Öffnen Sie die Adresse im Browser: Sehen Sie eine Webseite statt eines JSON-Textes, ist es die falsche Adresse, oder der Server verlangt eine Anmeldung. Die Widgets laden Feeds ohne Anmeldung.',
  'failure.http': 'Der Server hat die Datei nicht herausgegeben. Prüfen Sie die Adresse, oder fragen Sie die Betreiber des Servers.',
  'failure.no-records':
    'Kein einziger Eintrag ist gültig, deshalb zeigen die Widgets nichts. Die Gründe stehen unten bei den Problemen.',
  'failure.version': 'Ein Quartier-Feed beginnt mit "version": "1".',
  'problems.heading': 'Probleme',
  'problems.intro':
    'Jedes Problem mit seiner Stelle in der Datei (Zeile und Spalte, wie ein Texteditor sie zählt) und mit dem, was die Widgets deshalb weglassen.',
  'problems.intro.sheet':
    'Jedes Problem mit seiner Stelle in der Tabellendatei (Tabelle, Zeile und Spalte, wie das Tabellenprogramm sie zählt) und mit dem, was die Widgets deshalb weglassen.',
  'problems.none': 'Keine Probleme: Die Widgets zeigen alles, was im Feed steht.',
  'problems.line': 'Zeile {line} der Datei',
  'hints.heading': 'Unbekannte Felder',
  'hints.intro':
    'Diese Felder kennt das Feed-Format nicht. Die Widgets übergehen sie – was darin steht, sieht niemand. Meist ist ein anderes Feld gemeint; es steht jeweils dabei. Unbekannte Felder sind erlaubt, deshalb zählen sie nicht als Problem.',
  'hints.none': 'Alle Felder sind bekannt.',
  'dropped.heading': 'Einträge, die nicht angezeigt werden',
  'dropped.intro': 'Diese Einträge lassen die Widgets ganz weg; alle anderen zeigen sie.',
  'dropped.none': 'Kein Eintrag wird weggelassen.',
  'dropped.id': '{where} (ID {id})',
  'counts.caption': 'Einträge im Feed',
  'counts.list': 'Liste',
  // Soft hyphens: on a phone the table's headers break there rather than push the page sideways.
  'counts.kept': 'an\u00adge\u00adzeigt',
  'counts.dropped': 'weg\u00adge\u00adlassen',
  'counts.projects': 'Projekte',
  'counts.organizations': 'Organisationen',
  'counts.places': 'Orte',
  'counts.offers': 'Angebote',
  'missing.heading': 'Fehlende Übersetzungen',
  'missing.intro':
    'Ein Text fehlt in einer Sprache, in der andere Texte desselben Eintrags vorliegen. Wer die Seite in dieser Sprache liest, sieht dort den Text in einer anderen Sprache, mit einem Hinweis. Das ist kein Fehler, aber eine Lücke.',
  'missing.none': 'Keine fehlenden Übersetzungen.',
  'missing.item': deCli['cli.missing-translation'],
  'preview.heading': 'Vorschau',
  'preview.intro':
    'So zeigen die Widgets diesen Feed: eine Projektkarte je Projekt, die Partnerliste und die Angebotskarte. Die Karte lädt Kartenbilder von OpenStreetMap erst, wenn Sie auf „Karte laden“ klicken.',
  'preview.none': 'Keine Vorschau, weil der Feed nicht verwendet werden kann.',
  'preview.projects': 'Projekte',
  'preview.partners': 'Partner',
  'preview.offers': 'Orte und Angebote',
  'preview.no-projects': 'Der Feed enthält kein Projekt.',
} as const;

export type PageKey = keyof typeof dePage;
export type PageMessages = Readonly<Record<PageKey, Message>>;

export const enPage: PageMessages = {
  'page.title': 'Check a feed – Quartier Widgets',
  'page.heading': 'Check a feed',
  'page.intro':
    'Check a Quartier feed before you publish it: this page names every problem with its place in the file (line and column), the records the widgets would not show, missing translations, and shows a preview. It applies the same rules as the widgets and the command “quartier-feed check”.',
  'page.privacy':
    'The check runs in your browser. A file or pasted text does not leave your device; only the preview loads images (logos, photos) from the addresses the feed names, and the map loads map images only after your click.',
  'page.format': 'How a feed is built is described in the feed format (docs/feed-format.md in the quartier-widgets package).',
  'lang.label': 'Language',
  'input.heading': 'Which feed?',
  'input.intro': 'Give an address, choose a file, or paste the feed’s content.',
  'url.label': 'Address (URL) of the feed',
  'url.hint': 'for example https://www.example.org/quartier.json',
  'url.submit': 'Check address',
  'url.empty': 'Please enter an address first.',
  'file.label': 'Choose a file (JSON or spreadsheet)',
  'file.hint': 'A feed as a JSON file, or a spreadsheet made from the template (XLSX, ODS). You can also drag the file onto this page.',
  'file.not-a-workbook': enAuthoring['read.not-a-workbook'],
  'template.intro': 'Rather work in a spreadsheet? The empty template, with an explanation of each column (in German):',
  'template.xlsx': 'Template as XLSX (Excel)',
  'template.ods': 'Template as ODS (LibreOffice)',
  'template.file': 'quartier-feed-template',
  'file.drop': 'Drop the file to check it',
  'file.cannot-read': 'The file “{file}” cannot be read.',
  'file.not-one': 'Please drop exactly one file.',
  'text.label': 'Content of the feed (JSON text)',
  'text.submit': 'Check text',
  'text.empty': 'Please paste the feed’s content first.',
  'text.source': '(pasted text)',
  'status.internal': 'A program error occurred while checking. Please report it, and check the feed with “npx quartier-feed check” meanwhile.',
  'status.idle': 'No feed checked yet.',
  'status.checking': 'Checking the feed …',
  'result.heading': 'Result',
  'result.source': 'Checked: {source}',
  'summary.failed': 'The feed cannot be used.',
  'summary.ok': enCli['cli.summary.ok'],
  'summary.problems': enCli['cli.count.problems'],
  'summary.dropped': enCli['cli.count.dropped'],
  'summary.missing': enCli['cli.count.missing'],
  'summary.hints': enCli['cli.count.hints'],
  'summary.kept': enCli['cli.summary.kept'],
  'count.projects': enCli['cli.count.projects'],
  'count.organizations': enCli['cli.count.organizations'],
  'count.places': enCli['cli.count.places'],
  'count.offers': enCli['cli.count.offers'],
  'where.line-column': 'line {line}, column {column}',
  'where.line': 'line {line}',
  'failure.heading': 'The feed cannot be used',
  'failure.syntax': enCli['cli.syntax-help'],
  'failure.cors':
    'The server answers but does not allow other websites to read the feed: the header “Access-Control-Allow-Origin” is missing (CORS). Then the widgets on a website under another domain cannot load it either. Ask the server’s operators to send “Access-Control-Allow-Origin: *”. Until then you can download the file and check it here as a file.',
  'failure.cors.note':
    'If the server lets only certain websites read it (say only your city’s website), this page fails although the widgets work there. Check the file here as a file then.',
  'failure.unreachable':
    'No server answers at this address. Is the address spelt right, and is your device online? Some servers can only be reached from their own network.',
  'failure.mixed':
    'The address starts with http://, but this page with https://: browsers do not load such an unencrypted address. Please use the feed’s https address – the widgets need it on an https website too.',
  'failure.html':
    'Open the address in your browser: if you see a web page instead of JSON text, it is the wrong address, or the server asks for a login. The widgets load feeds without logging in.',
  'failure.http': 'The server did not hand out the file. Check the address, or ask the server’s operators.',
  'failure.no-records': 'Not a single record is valid, so the widgets show nothing. The reasons are listed under problems below.',
  'failure.version': 'A Quartier feed starts with "version": "1".',
  'problems.heading': 'Problems',
  'problems.intro':
    'Every problem with its place in the file (line and column, as a text editor counts them) and what the widgets leave out because of it.',
  'problems.intro.sheet':
    'Every problem with its place in the spreadsheet (sheet, row and column, as the spreadsheet program counts them) and what the widgets leave out because of it.',
  'problems.none': 'No problems: the widgets show everything the feed says.',
  'problems.line': 'Line {line} of the file',
  'hints.heading': 'Unknown fields',
  'hints.intro':
    'The feed format does not know these fields. The widgets skip them – nobody sees what they hold. Usually another field is meant; it is named with each. Unknown fields are allowed, so they do not count as problems.',
  'hints.none': 'Every field is known.',
  'dropped.heading': 'Records that are not shown',
  'dropped.intro': 'The widgets leave out these records entirely; they show all others.',
  'dropped.none': 'No record is left out.',
  'dropped.id': '{where} (id {id})',
  'counts.caption': 'Records in the feed',
  'counts.list': 'List',
  'counts.kept': 'shown',
  'counts.dropped': 'left out',
  'counts.projects': 'Projects',
  'counts.organizations': 'Organisations',
  'counts.places': 'Places',
  'counts.offers': 'Offers',
  'missing.heading': 'Missing translations',
  'missing.intro':
    'A text lacks a language in which other texts of the same record exist. Readers of the page in that language see the text in another language there, with a note. This is not an error, but a gap.',
  'missing.none': 'No missing translations.',
  'missing.item': enCli['cli.missing-translation'],
  'preview.heading': 'Preview',
  'preview.intro':
    'This is how the widgets show this feed: a project card per project, the partner list and the offer map. The map loads map images from OpenStreetMap only when you click “Load map”.',
  'preview.none': 'No preview, because the feed cannot be used.',
  'preview.projects': 'Projects',
  'preview.partners': 'Partners',
  'preview.offers': 'Places and offers',
  'preview.no-projects': 'The feed has no project.',
};

export const arPage: PageMessages = {
  'page.title': 'فحص ملف البيانات – Quartier Widgets',
  'page.heading': 'فحص ملف البيانات',
  'page.intro':
    'افحص ملف بيانات Quartier قبل نشره: تذكر هذه الصفحة كل مشكلة مع موضعها في الملف (السطر والعمود)، والمدخلات التي لن تعرضها العناصر، والترجمات المفقودة، وتعرض معاينة. وهي تطبّق القواعد نفسها التي تطبّقها العناصر والأمر «quartier-feed check».',
  'page.privacy':
    'يجري الفحص في متصفحك. لا يغادر الملف أو النص الملصق جهازك؛ المعاينة وحدها تحمّل الصور (الشعارات والصور) من العناوين المذكورة في ملف البيانات، ولا تحمّل الخريطة صورها إلا بعد نقرتك.',
  'page.format': 'يصف تنسيق ملف البيانات (docs/feed-format.md في الحزمة quartier-widgets) بنية الملف.',
  'lang.label': 'اللغة',
  'input.heading': 'أي ملف بيانات؟',
  'input.intro': 'أدخل عنوانًا، أو اختر ملفًا، أو الصق محتوى ملف البيانات.',
  'url.label': 'عنوان (URL) ملف البيانات',
  'url.hint': 'مثلًا https://www.example.org/quartier.json',
  'url.submit': 'فحص العنوان',
  'url.empty': 'يرجى إدخال عنوان أولًا.',
  'file.label': 'اختيار ملف (JSON أو جدول بيانات)',
  'file.hint': 'ملف بيانات بصيغة JSON، أو جدول بيانات مُعدّ من القالب (XLSX أو ODS). يمكنك أيضًا سحب الملف إلى هذه الصفحة.',
  'file.not-a-workbook': arAuthoring['read.not-a-workbook'],
  'template.intro': 'تفضّل العمل في جدول بيانات؟ القالب الفارغ مع شرح لكل عمود (بالألمانية):',
  'template.xlsx': 'القالب بصيغة XLSX (Excel)',
  'template.ods': 'القالب بصيغة ODS (LibreOffice)',
  'template.file': 'quartier-feed-template',
  'file.drop': 'أفلت الملف لفحصه',
  'file.cannot-read': 'تعذّرت قراءة الملف «{file}».',
  'file.not-one': 'يرجى إفلات ملف واحد فقط.',
  'text.label': 'محتوى ملف البيانات (نص JSON)',
  'text.submit': 'فحص النص',
  'text.empty': 'يرجى لصق محتوى ملف البيانات أولًا.',
  'text.source': '(النص الملصق)',
  'status.internal': 'حدث خطأ برمجي أثناء الفحص. يرجى الإبلاغ عنه، وافحص ملف البيانات في الأثناء بالأمر «npx quartier-feed check».',
  'status.idle': 'لم يُفحص أي ملف بيانات بعد.',
  'status.checking': 'جارٍ فحص ملف البيانات …',
  'result.heading': 'النتيجة',
  'result.source': 'تم فحص: {source}',
  'summary.failed': 'لا يمكن استخدام ملف البيانات.',
  'summary.ok': 'لا توجد مشكلات',
  'summary.problems': {
    zero: 'لا توجد مشكلات',
    one: 'مشكلة واحدة',
    two: 'مشكلتان',
    few: '{count} مشكلات',
    many: '{count} مشكلة',
    other: '{count} مشكلة',
  },
  'summary.dropped': {
    one: 'مدخل واحد مستبعد',
    two: 'مدخلان مستبعدان',
    few: '{count} مدخلات مستبعدة',
    many: '{count} مدخلًا مستبعدًا',
    other: '{count} مدخل مستبعد',
  },
  'summary.missing': {
    one: 'ترجمة واحدة مفقودة',
    two: 'ترجمتان مفقودتان',
    few: '{count} ترجمات مفقودة',
    many: '{count} ترجمة مفقودة',
    other: '{count} ترجمة مفقودة',
  },
  'summary.hints': {
    one: 'ملاحظة واحدة على حقل غير معروف',
    two: 'ملاحظتان على حقلين غير معروفين',
    few: '{count} ملاحظات على حقول غير معروفة',
    many: '{count} ملاحظة على حقول غير معروفة',
    other: '{count} ملاحظة على حقول غير معروفة',
  },
  'summary.kept': 'المعروض: {value}.',
  'count.projects': { one: 'مشروع واحد', two: 'مشروعان', few: '{count} مشاريع', many: '{count} مشروعًا', other: '{count} مشروع' },
  'count.organizations': { one: 'منظمة واحدة', two: 'منظمتان', few: '{count} منظمات', many: '{count} منظمة', other: '{count} منظمة' },
  'count.places': { one: 'مكان واحد', two: 'مكانان', few: '{count} أماكن', many: '{count} مكانًا', other: '{count} مكان' },
  'count.offers': { one: 'عرض واحد', two: 'عرضان', few: '{count} عروض', many: '{count} عرضًا', other: '{count} عرض' },
  'where.line-column': 'السطر {line}، العمود {column}',
  'where.line': 'السطر {line}',
  'failure.heading': 'لا يمكن استخدام ملف البيانات',
  'failure.syntax':
    'عند هذا الموضع لم يعد نص JSON قابلًا للقراءة. غالبًا تنقص هنا أو قبل ذلك بقليل فاصلة أو علامة تنصيص أو قوس، أو توجد فاصلة زائدة قبل } أو ].',
  'failure.cors':
    'يستجيب الخادم، لكنه لا يسمح للمواقع الأخرى بقراءة ملف البيانات: الترويسة «Access-Control-Allow-Origin» مفقودة (CORS). وعندها لا تستطيع العناصر في موقع على نطاق آخر تحميله أيضًا. اطلب من مشغّلي الخادم إرسال «Access-Control-Allow-Origin: *». وإلى ذلك الحين يمكنك تنزيل الملف وفحصه هنا كملف.',
  'failure.cors.note':
    'إذا كان الخادم يسمح بالقراءة لمواقع معيّنة فقط (مثل موقع مدينتك وحده)، فإن صفحة الفحص هذه تفشل مع أن العناصر تعمل هناك. افحص الملف هنا كملف في هذه الحالة.',
  'failure.unreachable':
    'لا يستجيب أي خادم على هذا العنوان. هل العنوان مكتوب بشكل صحيح، وهل جهازك متصل بالإنترنت؟ بعض الخوادم لا يمكن الوصول إليها إلا من شبكتها الداخلية.',
  'failure.mixed':
    'يبدأ العنوان بـ http:// بينما تبدأ هذه الصفحة بـ https://: لا تحمّل المتصفحات مثل هذا العنوان غير المشفّر. يرجى استخدام عنوان https لملف البيانات، فالعناصر تحتاجه أيضًا في موقع يعمل بـ https.',
  'failure.html':
    'افتح العنوان في المتصفح: إذا رأيت صفحة ويب بدلًا من نص JSON، فالعنوان خاطئ أو أن الخادم يطلب تسجيل الدخول. تحمّل العناصر ملفات البيانات دون تسجيل دخول.',
  'failure.http': 'لم يسلّم الخادم الملف. تحقق من العنوان أو اسأل مشغّلي الخادم.',
  'failure.no-records': 'لا يوجد أي مدخل صالح، ولذلك لا تعرض العناصر شيئًا. الأسباب مذكورة أدناه تحت المشكلات.',
  'failure.version': 'يبدأ ملف بيانات Quartier بـ "version": "1".',
  'problems.heading': 'المشكلات',
  'problems.intro': 'كل مشكلة مع موضعها في الملف (السطر والعمود كما يعدّهما محرر النصوص) وما تحذفه العناصر بسببها.',
  'problems.intro.sheet': 'كل مشكلة مع موضعها في جدول البيانات (الورقة والصف والعمود كما يعدّها برنامج الجداول) وما تحذفه العناصر بسببها.',
  'problems.none': 'لا توجد مشكلات: تعرض العناصر كل ما في ملف البيانات.',
  'problems.line': 'السطر {line} من الملف',
  'hints.heading': 'حقول غير معروفة',
  'hints.intro':
    'لا يعرف تنسيق ملف البيانات هذه الحقول. تتجاوزها العناصر، فلا يرى أحد ما فيها. غالبًا يكون المقصود حقلًا آخر، وهو مذكور مع كل منها. الحقول غير المعروفة مسموحة، لذلك لا تُحسب مشكلات.',
  'hints.none': 'كل الحقول معروفة.',
  'dropped.heading': 'مدخلات لن تُعرض',
  'dropped.intro': 'تحذف العناصر هذه المدخلات بالكامل، وتعرض كل ما عداها.',
  'dropped.none': 'لن يُحذف أي مدخل.',
  'dropped.id': '{where} (المعرّف {id})',
  'counts.caption': 'المدخلات في ملف البيانات',
  'counts.list': 'القائمة',
  'counts.kept': 'معروضة',
  'counts.dropped': 'محذوفة',
  'counts.projects': 'المشاريع',
  'counts.organizations': 'المنظمات',
  'counts.places': 'الأماكن',
  'counts.offers': 'العروض',
  'missing.heading': 'ترجمات مفقودة',
  'missing.intro':
    'نص ينقصه لغةٌ توجد بها نصوص أخرى من المدخل نفسه. من يقرأ الصفحة بتلك اللغة يرى هناك النص بلغة أخرى مع ملاحظة. هذا ليس خطأً، لكنه نقص.',
  'missing.none': 'لا توجد ترجمات مفقودة.',
  'missing.item': '{where}: الترجمة ({value}) مفقودة في {field}.',
  'preview.heading': 'معاينة',
  'preview.intro':
    'هكذا تعرض العناصر ملف البيانات هذا: بطاقة لكل مشروع، وقائمة الشركاء، وخريطة العروض. لا تحمّل الخريطة صورها من OpenStreetMap إلا عند النقر على «تحميل الخريطة».',
  'preview.none': 'لا توجد معاينة لأنه لا يمكن استخدام ملف البيانات.',
  'preview.projects': 'المشاريع',
  'preview.partners': 'الشركاء',
  'preview.offers': 'الأماكن والعروض',
  'preview.no-projects': 'لا يحتوي ملف البيانات على أي مشروع.',
};

export const pageMessages: Readonly<Record<PageLang, PageMessages>> = { de: dePage, en: enPage, ar: arPage };
