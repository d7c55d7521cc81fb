/**
 * The demo pages' own texts in English and Arabic. German is the text in the
 * HTML (`data-i18n="key"`), so the pages read well before any script runs;
 * `data-i18n-label="key"` translates an `aria-label` the same way.
 * `{…}` in a text is code: it becomes a `<code>` element, which reads left
 * to right as a unit inside Arabic text too.
 */
export type DemoLang = 'de' | 'en' | 'ar';

type Table = Record<string, { readonly en: string; readonly ar: string }>;

export const texts: Table = {
  skip: { en: 'Skip to content', ar: 'انتقل إلى المحتوى' },
  tagline: {
    en: 'Neighbourhood projects, their partners and offers – on any website, from one feed.',
    ar: 'مشاريع الأحياء وشركاؤها وعروضها – على أي موقع، من ملف بيانات واحد.',
  },
  'switch.lang': { en: 'Language', ar: 'اللغة' },
  'switch.theme': { en: 'Theme', ar: 'التصميم' },
  'theme.default': { en: 'Default', ar: 'افتراضي' },
  'theme.city': { en: 'City', ar: 'مدينة' },
  'theme.welfare': { en: 'Welfare organisation', ar: 'جمعية رعاية اجتماعية' },
  'theme.cooperative': { en: 'Housing cooperative', ar: 'تعاونية سكنية' },
  'theme.dark': { en: 'Dark', ar: 'داكن' },
  toc: { en: 'On this page', ar: 'في هذه الصفحة' },
  'page.back': { en: 'All examples', ar: 'كل الأمثلة' },

  'about.title': { en: 'What is this?', ar: 'ما هذا؟' },

  'embed.title': { en: 'Embedding', ar: 'التضمين' },
  'embed.text': {
    en: 'For webmasters: include the script once per page, then put the elements where they should appear – with the address of your feed and the id of the project in it.',
    ar: 'لمديري المواقع: أدرِجوا السكربت مرة واحدة في كل صفحة، ثم ضعوا العناصر حيث يجب أن تظهر – مع عنوان ملف البيانات ومعرّف المشروع فيه.',
  },
  'embed.copy': { en: 'Copy code', ar: 'نسخ الشيفرة' },
  'embed.copied': { en: 'Copied.', ar: 'تم النسخ.' },
  'embed.copy-failed': {
    en: 'Could not copy: please select the code and copy it.',
    ar: 'تعذّر النسخ: يُرجى تحديد الشيفرة ونسخها.',
  },

  'card.title': { en: 'Project card', ar: 'بطاقة المشروع' },
  'event.label': { en: 'Last pick ({quartier-select} event):', ar: 'آخر اختيار (حدث {quartier-select}):' },
  'card.full.seesen': { en: 'Full – Seesen (LeNa)', ar: 'كاملة – Seesen (LeNa)' },
  'card.compact': { en: 'Compact – for listing pages', ar: 'مختصرة – لصفحات القوائم' },
  'card.full.salzgitter': {
    en: 'Full – Salzgitter, Obere Berliner Straße',
    ar: 'كاملة – Salzgitter، Obere Berliner Straße',
  },
  'card.narrow': { en: 'In a narrow sidebar (20em)', ar: 'في عمود جانبي ضيق (20em)' },

  'partners.title': { en: 'Partner list', ar: 'قائمة الشركاء' },
  'partners.list': { en: 'List, grouped by role – Salzgitter', ar: 'قائمة مجمّعة حسب الدور – Salzgitter' },
  'partners.grid': { en: 'Tiles – Seesen (LeNa)', ar: 'بطاقات – Seesen (LeNa)' },
  'partners.logos': { en: 'Logos – Seesen (LeNa)', ar: 'شعارات – Seesen (LeNa)' },
  'partners.all': {
    en: 'Without a project – every organisation in both feeds',
    ar: 'من دون مشروع – كل المؤسسات في ملفَّي البيانات',
  },
  'partners.example': {
    en: 'A made-up example with logos, links and contacts, two projects',
    ar: 'مثال مُختلَق مع شعارات وروابط وجهات اتصال، ومشروعان',
  },
  'partners.example.more': {
    en: 'The same example as logos, and as tiles for one project only',
    ar: 'المثال نفسه كشعارات، وكبطاقات لمشروع واحد فقط',
  },
  'partners.narrow': { en: 'Narrow (22em), tiles', ar: 'ضيّق (22em)، بطاقات' },
  'partners.filter': { en: 'Filtered by role and by type', ar: 'تصفية حسب الدور وحسب النوع' },

  'languages.title': { en: 'Languages', ar: 'اللغات' },
  'languages.text': {
    en: 'The elements speak 45 languages, among them German in plain language (Leichte Sprache) and the languages of the people who came to Lower Saxony in recent years. With the {languages} attribute, residents get a language switch of their own: the choice applies to every element on the page, the page itself stays as it is, and nothing is stored. Texts from the feed appear in the chosen language when the feed has them – otherwise in German, with a note.',
    ar: 'تتحدث العناصر 45 لغة، منها الألمانية المبسّطة (Leichte Sprache) ولغات الذين قدموا إلى ولاية ساكسونيا السفلى في السنوات الأخيرة. مع السمة {languages} يحصل السكان على مبدّل لغة خاص بهم: ينطبق الاختيار على كل العناصر في الصفحة، وتبقى الصفحة نفسها كما هي، ولا يُخزَّن شيء. تظهر نصوص ملف البيانات باللغة المختارة إن وُجدت فيه – وإلا فبالألمانية مع ملاحظة.',
  },
  'languages.status': {
    en: 'Every translation except German was written by a language model; native speakers have not reviewed them yet. {docs/translations.md} gives the state of each language.',
    ar: 'كتب نموذج لغوي كل الترجمات ما عدا الألمانية؛ ولم يراجعها متحدثون أصليون بعد. يبيّن الملف {docs/translations.md} حالة كل لغة.',
  },
  'states.title': { en: 'States', ar: 'الحالات' },
  'states.404': { en: 'Error: feed not found', ar: 'خطأ: ملف البيانات غير موجود' },
  'states.unknown': { en: 'Error: unknown project', ar: 'خطأ: مشروع غير معروف' },
  'states.empty.card': { en: 'Empty: a feed without projects', ar: 'فارغ: ملف بيانات بلا مشاريع' },
  'states.debug': { en: '{debug}: a feed with deliberate faults', ar: '{debug}: ملف بيانات بأخطاء متعمَّدة' },
  'states.partners': {
    en: 'empty, unknown project, missing feed, {debug} with an unknown filter value',
    ar: 'فارغ، مشروع غير معروف، ملف بيانات مفقود، {debug} مع قيمة تصفية غير معروفة',
  },

  'embed.div': {
    en: 'In a CMS text editor (TYPO3, WordPress) that removes unknown tags, the same works as a plain {<div>}: {data-quartier} names the widget, every attribute becomes {data-…}. The script is then included once in the page template.',
    ar: 'في محرر النصوص في نظام إدارة المحتوى (TYPO3 وWordPress) الذي يحذف الوسوم غير المعروفة، يعمل الأمر نفسه كعنصر {<div>} بسيط: تسمّي {data-quartier} العنصر، وتصبح كل سمة {data-…}. ويُضمَّن السكربت مرة واحدة في قالب الصفحة.',
  },

  'map.title': { en: 'Offer map', ar: 'خريطة العروض' },
  'directory.title': { en: 'Project directory', ar: 'دليل المشاريع' },
  'more.directory': {
    en: "many projects from many feeds for regional portals: from the harvester's index or from feeds, search, filters, pages",
    ar: 'مشاريع كثيرة من مصادر كثيرة للبوابات الإقليمية: من فهرس أداة الجمع أو من المصادر، بحث، مرشّحات، صفحات',
  },
  'directory.index': { en: "From the harvester's index", ar: 'من فهرس أداة الجمع' },
  'directory.index.note': {
    en: "The index was written by {quartier-feed harvest} from the sample catalogue {data/beispiel-katalog.json} ({node scripts/directory-demo-index.js}). Search and filters are kept in this page's address.",
    ar: 'كُتب الفهرس بواسطة {quartier-feed harvest} من الكتالوج النموذجي {data/beispiel-katalog.json} ({node scripts/directory-demo-index.js}). يُحفظ البحث والمرشّحات في عنوان هذه الصفحة.',
  },
  'directory.src': { en: 'From two feeds, with a page of its own per project', ar: 'من مصدرين، مع صفحة خاصة لكل مشروع' },
  'map.consent-all': { en: 'Allow maps on this page (as a consent manager would)', ar: 'السماح بالخرائط في هذه الصفحة (كما يفعل مدير الموافقات)' },
  'map.consent-revoke': { en: 'Withdraw permission', ar: 'سحب الإذن' },
  'map.seesen': { en: 'Seesen (LeNa): places and offers', ar: 'Seesen (LeNa): الأماكن والعروض' },
  'map.ask': {
    en: 'Until the click on “Karte laden” nothing is loaded from the map server; the list already works.',
    ar: 'حتى النقر على „تحميل الخريطة“ لا يُحمَّل شيء من خادم الخرائط؛ والقائمة تعمل منذ البداية.',
  },
  'map.salzgitter': { en: 'Salzgitter-Lebenstedt, Obere Berliner Straße', ar: 'Salzgitter-Lebenstedt، Obere Berliner Straße' },
  'map.generated': { en: 'Generated test data: 10,000 offers at 2,500 places', ar: 'بيانات اختبار مُولَّدة: 10٬000 عرض في 2٬500 مكان' },
  'map.generated.note': {
    en: 'Generated data (no real places or offers) to show clusters, filters and the long list.',
    ar: 'بيانات مُولَّدة (ليست أماكن أو عروضًا حقيقية) لعرض التجميع والتصفية والقائمة الطويلة.',
  },
  'states.map': {
    en: 'empty, unknown project, invalid map address, missing feed, {debug}',
    ar: 'فارغ، مشروع غير معروف، عنوان خريطة غير صالح، ملف بيانات مفقود، {debug}',
  },

  // The front page (index.html).
  'about.text': {
    en: 'Three web components for cities, welfare organisations and housing companies: they show a neighbourhood project, its partners and its offers straight from a JSON feed that the people involved keep up to date themselves. One script line and one HTML element are all it takes; they speak 45 languages, set no cookies and contact no one without consent.',
    ar: 'ثلاثة مكوّنات ويب للمدن وجمعيات الرعاية الاجتماعية وشركات الإسكان: تعرض مشروع الحي وشركاءه وعروضه مباشرةً من ملف بيانات JSON يحدّثه المشاركون بأنفسهم. يكفي سطر سكربت واحد وعنصر HTML واحد؛ وهي تتحدث 45 لغة، ولا تضع ملفات تعريف الارتباط، ولا تتصل بأحد دون موافقة.',
  },
  'about.data': {
    en: 'The feeds on this page describe two real projects in Seesen and Salzgitter, after public sources – and only what the sources say: estimated positions are drawn as “approximate location”, figures keep their “about” or “more than”, offers without a named place are listed under “location on request”. Opening times, contacts and logos are not in the sources; the further examples show them with invented data (Musterstadt, example.org, phone numbers of zeros).',
    ar: 'تصف ملفات البيانات في هذه الصفحة مشروعين حقيقيين في زيزن وسالزغيتر، استنادًا إلى مصادر منشورة – وفقط ما تقوله المصادر: المواقع المقدَّرة مرسومة على أنها „موقع تقريبي“، وتحتفظ الأرقام بعبارة „حوالي“ أو „أكثر من“، والعروض التي لا يُذكر مكانها مدرجة تحت „المكان عند الطلب“. لا تذكر المصادر مواعيد العمل وجهات الاتصال والشعارات؛ وتعرضها الأمثلة الأخرى ببيانات مُختلَقة (Musterstadt وexample.org وأرقام هاتف من أصفار).',
  },
  'embed.tools': { en: 'The code for a widget is written for you by', ar: 'يكتب لك شيفرة أي أداة' },
  'embed.tools.check': { en: 'a feed is checked by', ar: 'ويفحص ملف البيانات' },
  'embed.tools.editor': { en: 'written without JSON in', ar: 'ويُكتب دون JSON في' },
  'elements.title': { en: 'The three elements', ar: 'العناصر الثلاثة' },
  and: { en: 'and', ar: 'و' },
  'map.text': {
    en: 'The map loads only after a click on “Karte laden” – until then no map server is contacted; the list beside it works without it. A click on a place in the project card above shows it here.',
    ar: 'لا تُحمَّل الخريطة إلا بعد النقر على „تحميل الخريطة“، وقبل ذلك لا يتم الاتصال بأي خادم خرائط؛ والقائمة بجانبها تعمل من دونها. النقر على مكان في بطاقة المشروع أعلاه يعرضه هنا.',
  },
  'more.title': { en: 'More examples', ar: 'أمثلة أخرى' },
  'more.card': {
    en: 'compact, in a narrow column, with invented times and contacts, language switch, states',
    ar: 'مختصرة، في عمود ضيق، مع مواعيد وجهات اتصال مُختلَقة، ومبدّل اللغة، والحالات',
  },
  'more.partners': {
    en: 'list, tiles, logos, filters, an invented example with logos and contacts, states',
    ar: 'قائمة، بطاقات، شعارات، تصفية، مثال مُختلَق مع شعارات وجهات اتصال، الحالات',
  },
  'more.map': {
    en: 'invented offers with times and contacts, 10,000 generated offers at 2,500 places, states',
    ar: 'عروض مُختلَقة مع مواعيد وجهات اتصال، 10٬000 عرض مُولَّد في 2٬500 مكان، الحالات',
  },
  'more.themes': {
    en: 'The themes in the header are one small CSS file each in {demo/themes/}: CSS custom properties {--quartier-…} and {::part(…)}. This page stores nothing; language and theme are kept in the address, for example {?lang=ar&theme=city}.',
    ar: 'التصاميم في رأس الصفحة ملف CSS صغير لكل منها في {demo/themes/}: متغيرات CSS {--quartier-…} و{::part(…)}. لا تحفظ هذه الصفحة شيئًا؛ اللغة والتصميم محفوظان في العنوان، مثلًا {?lang=ar&theme=city}.',
  },
  'footer.data': {
    en: 'Sample data: two neighbourhood projects in Seesen and Salzgitter, after public project descriptions. Times, contacts and logos in the further examples are invented.',
    ar: 'بيانات نموذجية: مشروعان للأحياء في زيزن وسالزغيتر، استنادًا إلى أوصاف منشورة للمشروعين. المواعيد وجهات الاتصال والشعارات في الأمثلة الأخرى مُختلَقة.',
  },

  // Made-up examples on the single pages.
  'example.note': {
    en: 'Musterstadt, the organisations, addresses, times, e-mail addresses and phone numbers of this example are invented.',
    ar: 'Musterstadt والمنظمات والعناوين والمواعيد وعناوين البريد الإلكتروني وأرقام الهاتف في هذا المثال كلها مُختلَقة.',
  },
  'card.example': { en: 'Invented example: places, times and contacts', ar: 'مثال مُختلَق: أماكن ومواعيد وجهات اتصال' },
  'card.div': { en: 'As a div, for text editors in a CMS', ar: 'كعنصر div، لمحررات النصوص في نظام إدارة المحتوى' },
  'map.example': { en: 'Invented example: times, contacts, accessibility', ar: 'مثال مُختلَق: مواعيد وجهات اتصال وإمكانية الوصول' },
  'map.both': {
    en: 'Both feeds together, counselling, language and meeting points only',
    ar: 'ملفا البيانات معًا، الاستشارة واللغة وأماكن اللقاء فقط',
  },
};
