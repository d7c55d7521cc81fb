/**
 * The demo pages' own texts: one table per language, in the widgets' shape.
 * German is the text in the HTML (`data-i18n="key"`), so the pages read well
 * before any script runs; `data-i18n-label="key"` translates an `aria-label`
 * the same way; `deDemo` holds only the German no element of the pages has
 * (status messages). The English table is the source of the keys.
 * `{name}` in a text is a placeholder, as in the widgets: here always a piece
 * of code (`CODE`), which becomes a `<code>` element and reads left to right
 * as a unit inside Arabic text too.
 */
export type DemoLang = 'de' | 'en' | 'ar';

/** The code the texts' placeholders stand for. */
export const CODE = {
  select: 'quartier-select',
  languages: 'languages',
  translations: 'docs/translations.md',
  debug: 'debug',
  div: '<div>',
  dataQuartier: 'data-quartier',
  dataAny: 'data-…',
  harvest: 'quartier-feed harvest',
  catalogue: 'data/beispiel-katalog.json',
  indexScript: 'node scripts/directory-demo-index.js',
  themes: 'demo/themes/',
  tokens: '--quartier-…',
  parts: '::part(…)',
  address: '?lang=ar&theme=city',
} as const;

const enDemo = {
  skip: 'Skip to content',
  tagline: 'Neighbourhood projects, their partners and offers – on any website, from one feed.',
  'switch.lang': 'Language',
  'switch.theme': 'Theme',
  'theme.default': 'Default',
  'theme.city': 'City',
  'theme.welfare': 'Welfare organisation',
  'theme.cooperative': 'Housing cooperative',
  'theme.dark': 'Dark',
  toc: 'On this page',
  'page.back': 'All examples',
  'about.title': 'What is this?',
  'embed.title': 'Embedding',
  'embed.text':
    'For webmasters: include the script once per page, then put the elements where they should appear – with the address of your feed and the id of the project in it.',
  'embed.copy': 'Copy code',
  'embed.copied': 'Copied.',
  'embed.copy-failed': 'Could not copy: please select the code and copy it.',
  'card.title': 'Project card',
  'event.label': 'Last pick ({select} event):',
  'card.full.seesen': 'Full – Seesen (LeNa)',
  'card.compact': 'Compact – for listing pages',
  'card.full.salzgitter': 'Full – Salzgitter, Obere Berliner Straße',
  'card.narrow': 'In a narrow sidebar (20em)',
  'partners.title': 'Partner list',
  'partners.list': 'List, grouped by role – Salzgitter',
  'partners.grid': 'Tiles – Seesen (LeNa)',
  'partners.logos': 'Logos – Seesen (LeNa)',
  'partners.all': 'Without a project – every organisation in both feeds',
  'partners.example': 'A made-up example with logos, links and contacts, two projects',
  'partners.example.more': 'The same example as logos, and as tiles for one project only',
  'partners.narrow': 'Narrow (22em), tiles',
  'partners.filter': 'Filtered by role and by type',
  'languages.title': 'Languages',
  'languages.text':
    'The elements speak 45 languages, among them German in plain language (Leichte Sprache) and the languages of the people who came to Lower Saxony in recent years. With the {languages} attribute, residents get a language switch of their own: the choice applies to every element on the page, the page itself stays as it is, and nothing is stored. Texts from the feed appear in the chosen language when the feed has them – otherwise in German, with a note.',
  'languages.status':
    'Every translation except German was written by a language model; native speakers have not reviewed them yet. {translations} gives the state of each language.',
  'states.title': 'States',
  'states.404': 'Error: feed not found',
  'states.unknown': 'Error: unknown project',
  'states.empty.card': 'Empty: a feed without projects',
  'states.debug': '{debug}: a feed with deliberate faults',
  'states.partners': 'empty, unknown project, missing feed, {debug} with an unknown filter value',
  'embed.div':
    'In a CMS text editor (TYPO3, WordPress) that removes unknown tags, the same works as a plain {div}: {dataQuartier} names the widget, every attribute becomes {dataAny}. The script is then included once in the page template.',
  'map.title': 'Offer map',
  'directory.title': 'Project directory',
  'more.directory': "many projects from many feeds for regional portals: from the harvester's index or from feeds, search, filters, pages",
  'directory.index': "From the harvester's index",
  'directory.index.note':
    "The index was written by {harvest} from the sample catalogue {catalogue} ({indexScript}). Search and filters are kept in this page's address.",
  'directory.src': 'From two feeds, with a page of its own per project',
  'map.consent-all': 'Allow maps on this page (as a consent manager would)',
  'map.consent-revoke': 'Withdraw permission',
  'map.seesen': 'Seesen (LeNa): places and offers',
  'map.ask': 'Until the click on “Karte laden” nothing is loaded from the map server; the list already works.',
  'map.salzgitter': 'Salzgitter-Lebenstedt, Obere Berliner Straße',
  'map.generated': 'Generated test data: 10,000 offers at 2,500 places',
  'map.generated.note': 'Generated data (no real places or offers) to show clusters, filters and the long list.',
  'states.map': 'empty, unknown project, invalid map address, missing feed, {debug}',
  'about.text':
    'Three web components for cities, welfare organisations and housing companies: they show a neighbourhood project, its partners and its offers straight from a JSON feed that the people involved keep up to date themselves. One script line and one HTML element are all it takes; they speak 45 languages, set no cookies and contact no one without consent.',
  'about.data':
    'The feeds on this page describe two real projects in Seesen and Salzgitter, after public sources – and only what the sources say: estimated positions are drawn as “approximate location”, figures keep their “about” or “more than”, offers without a named place are listed under “location on request”. Opening times, contacts and logos are not in the sources; the further examples show them with invented data (Musterstadt, example.org, phone numbers of zeros).',
  'embed.tools': 'The code for a widget is written for you by',
  'embed.tools.check': 'a feed is checked by',
  'embed.tools.editor': 'written without JSON in',
  'elements.title': 'The three elements',
  and: 'and',
  'map.text':
    'The map loads only after a click on “Karte laden” – until then no map server is contacted; the list beside it works without it. A click on a place in the project card above shows it here.',
  'more.title': 'More examples',
  'more.card': 'compact, in a narrow column, with invented times and contacts, language switch, states',
  'more.partners': 'list, tiles, logos, filters, an invented example with logos and contacts, states',
  'more.map': 'invented offers with times and contacts, 10,000 generated offers at 2,500 places, states',
  'more.themes':
    'The themes in the header are one small CSS file each in {themes}: CSS custom properties {tokens} and {parts}. This page stores nothing; language and theme are kept in the address, for example {address}.',
  'footer.data':
    'Sample data: two neighbourhood projects in Seesen and Salzgitter, after public project descriptions. Times, contacts and logos in the further examples are invented.',
  'example.note': 'Musterstadt, the organisations, addresses, times, e-mail addresses and phone numbers of this example are invented.',
  'card.example': 'Invented example: places, times and contacts',
  'card.div': 'As a div, for text editors in a CMS',
  'map.example': 'Invented example: times, contacts, accessibility',
  'map.both': 'Both feeds together, counselling, language and meeting points only',
} as const;

export type DemoKey = keyof typeof enDemo;
type DemoTable = Readonly<Record<DemoKey, string>>;

const arDemo: DemoTable = {
  skip: 'انتقل إلى المحتوى',
  tagline: 'مشاريع الأحياء وشركاؤها وعروضها – على أي موقع، من ملف بيانات واحد.',
  'switch.lang': 'اللغة',
  'switch.theme': 'التصميم',
  'theme.default': 'افتراضي',
  'theme.city': 'مدينة',
  'theme.welfare': 'جمعية رعاية اجتماعية',
  'theme.cooperative': 'تعاونية سكنية',
  'theme.dark': 'داكن',
  toc: 'في هذه الصفحة',
  'page.back': 'كل الأمثلة',
  'about.title': 'ما هذا؟',
  'embed.title': 'التضمين',
  'embed.text': 'لمديري المواقع: أدرِجوا السكربت مرة واحدة في كل صفحة، ثم ضعوا العناصر حيث يجب أن تظهر – مع عنوان ملف البيانات ومعرّف المشروع فيه.',
  'embed.copy': 'نسخ الشيفرة',
  'embed.copied': 'تم النسخ.',
  'embed.copy-failed': 'تعذّر النسخ: يُرجى تحديد الشيفرة ونسخها.',
  'card.title': 'بطاقة المشروع',
  'event.label': 'آخر اختيار (حدث {select}):',
  'card.full.seesen': 'كاملة – Seesen (LeNa)',
  'card.compact': 'مختصرة – لصفحات القوائم',
  'card.full.salzgitter': 'كاملة – Salzgitter، Obere Berliner Straße',
  'card.narrow': 'في عمود جانبي ضيق (20em)',
  'partners.title': 'قائمة الشركاء',
  'partners.list': 'قائمة مجمّعة حسب الدور – Salzgitter',
  'partners.grid': 'بطاقات – Seesen (LeNa)',
  'partners.logos': 'شعارات – Seesen (LeNa)',
  'partners.all': 'من دون مشروع – كل المؤسسات في ملفَّي البيانات',
  'partners.example': 'مثال مُختلَق مع شعارات وروابط وجهات اتصال، ومشروعان',
  'partners.example.more': 'المثال نفسه كشعارات، وكبطاقات لمشروع واحد فقط',
  'partners.narrow': 'ضيّق (22em)، بطاقات',
  'partners.filter': 'تصفية حسب الدور وحسب النوع',
  'languages.title': 'اللغات',
  'languages.text':
    'تتحدث العناصر 45 لغة، منها الألمانية المبسّطة (Leichte Sprache) ولغات الذين قدموا إلى ولاية ساكسونيا السفلى في السنوات الأخيرة. مع السمة {languages} يحصل السكان على مبدّل لغة خاص بهم: ينطبق الاختيار على كل العناصر في الصفحة، وتبقى الصفحة نفسها كما هي، ولا يُخزَّن شيء. تظهر نصوص ملف البيانات باللغة المختارة إن وُجدت فيه – وإلا فبالألمانية مع ملاحظة.',
  'languages.status': 'كتب نموذج لغوي كل الترجمات ما عدا الألمانية؛ ولم يراجعها متحدثون أصليون بعد. يبيّن الملف {translations} حالة كل لغة.',
  'states.title': 'الحالات',
  'states.404': 'خطأ: ملف البيانات غير موجود',
  'states.unknown': 'خطأ: مشروع غير معروف',
  'states.empty.card': 'فارغ: ملف بيانات بلا مشاريع',
  'states.debug': '{debug}: ملف بيانات بأخطاء متعمَّدة',
  'states.partners': 'فارغ، مشروع غير معروف، ملف بيانات مفقود، {debug} مع قيمة تصفية غير معروفة',
  'embed.div':
    'في محرر النصوص في نظام إدارة المحتوى (TYPO3 وWordPress) الذي يحذف الوسوم غير المعروفة، يعمل الأمر نفسه كعنصر {div} بسيط: تسمّي {dataQuartier} العنصر، وتصبح كل سمة {dataAny}. ويُضمَّن السكربت مرة واحدة في قالب الصفحة.',
  'map.title': 'خريطة العروض',
  'directory.title': 'دليل المشاريع',
  'more.directory': 'مشاريع كثيرة من مصادر كثيرة للبوابات الإقليمية: من فهرس أداة الجمع أو من المصادر، بحث، مرشّحات، صفحات',
  'directory.index': 'من فهرس أداة الجمع',
  'directory.index.note': 'كُتب الفهرس بواسطة {harvest} من الكتالوج النموذجي {catalogue} ({indexScript}). يُحفظ البحث والمرشّحات في عنوان هذه الصفحة.',
  'directory.src': 'من مصدرين، مع صفحة خاصة لكل مشروع',
  'map.consent-all': 'السماح بالخرائط في هذه الصفحة (كما يفعل مدير الموافقات)',
  'map.consent-revoke': 'سحب الإذن',
  'map.seesen': 'Seesen (LeNa): الأماكن والعروض',
  'map.ask': 'حتى النقر على „تحميل الخريطة“ لا يُحمَّل شيء من خادم الخرائط؛ والقائمة تعمل منذ البداية.',
  'map.salzgitter': 'Salzgitter-Lebenstedt، Obere Berliner Straße',
  'map.generated': 'بيانات اختبار مُولَّدة: 10٬000 عرض في 2٬500 مكان',
  'map.generated.note': 'بيانات مُولَّدة (ليست أماكن أو عروضًا حقيقية) لعرض التجميع والتصفية والقائمة الطويلة.',
  'states.map': 'فارغ، مشروع غير معروف، عنوان خريطة غير صالح، ملف بيانات مفقود، {debug}',
  'about.text':
    'ثلاثة مكوّنات ويب للمدن وجمعيات الرعاية الاجتماعية وشركات الإسكان: تعرض مشروع الحي وشركاءه وعروضه مباشرةً من ملف بيانات JSON يحدّثه المشاركون بأنفسهم. يكفي سطر سكربت واحد وعنصر HTML واحد؛ وهي تتحدث 45 لغة، ولا تضع ملفات تعريف الارتباط، ولا تتصل بأحد دون موافقة.',
  'about.data':
    'تصف ملفات البيانات في هذه الصفحة مشروعين حقيقيين في زيزن وسالزغيتر، استنادًا إلى مصادر منشورة – وفقط ما تقوله المصادر: المواقع المقدَّرة مرسومة على أنها „موقع تقريبي“، وتحتفظ الأرقام بعبارة „حوالي“ أو „أكثر من“، والعروض التي لا يُذكر مكانها مدرجة تحت „المكان عند الطلب“. لا تذكر المصادر مواعيد العمل وجهات الاتصال والشعارات؛ وتعرضها الأمثلة الأخرى ببيانات مُختلَقة (Musterstadt وexample.org وأرقام هاتف من أصفار).',
  'embed.tools': 'يكتب لك شيفرة أي أداة',
  'embed.tools.check': 'ويفحص ملف البيانات',
  'embed.tools.editor': 'ويُكتب دون JSON في',
  'elements.title': 'العناصر الثلاثة',
  and: 'و',
  'map.text':
    'لا تُحمَّل الخريطة إلا بعد النقر على „تحميل الخريطة“، وقبل ذلك لا يتم الاتصال بأي خادم خرائط؛ والقائمة بجانبها تعمل من دونها. النقر على مكان في بطاقة المشروع أعلاه يعرضه هنا.',
  'more.title': 'أمثلة أخرى',
  'more.card': 'مختصرة، في عمود ضيق، مع مواعيد وجهات اتصال مُختلَقة، ومبدّل اللغة، والحالات',
  'more.partners': 'قائمة، بطاقات، شعارات، تصفية، مثال مُختلَق مع شعارات وجهات اتصال، الحالات',
  'more.map': 'عروض مُختلَقة مع مواعيد وجهات اتصال، 10٬000 عرض مُولَّد في 2٬500 مكان، الحالات',
  'more.themes':
    'التصاميم في رأس الصفحة ملف CSS صغير لكل منها في {themes}: متغيرات CSS {tokens} و{parts}. لا تحفظ هذه الصفحة شيئًا؛ اللغة والتصميم محفوظان في العنوان، مثلًا {address}.',
  'footer.data':
    'بيانات نموذجية: مشروعان للأحياء في زيزن وسالزغيتر، استنادًا إلى أوصاف منشورة للمشروعين. المواعيد وجهات الاتصال والشعارات في الأمثلة الأخرى مُختلَقة.',
  'example.note': 'Musterstadt والمنظمات والعناوين والمواعيد وعناوين البريد الإلكتروني وأرقام الهاتف في هذا المثال كلها مُختلَقة.',
  'card.example': 'مثال مُختلَق: أماكن ومواعيد وجهات اتصال',
  'card.div': 'كعنصر div، لمحررات النصوص في نظام إدارة المحتوى',
  'map.example': 'مثال مُختلَق: مواعيد وجهات اتصال وإمكانية الوصول',
  'map.both': 'ملفا البيانات معًا، الاستشارة واللغة وأماكن اللقاء فقط',
};

/** German the pages' HTML does not hold (status messages). */
export const deDemo = {
  'embed.copied': 'Kopiert.',
  'embed.copy-failed': 'Kopieren nicht möglich: bitte den Code markieren und kopieren.',
} as const satisfies Partial<DemoTable>;

/** The tables of the languages besides German. */
export const DEMO_TABLES: Readonly<Record<Exclude<DemoLang, 'de'>, DemoTable>> = { en: enDemo, ar: arDemo };
