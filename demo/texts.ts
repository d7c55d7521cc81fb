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
  'about.text': {
    en: 'Quartier Widgets are web components for cities, welfare organisations and housing companies. They show neighbourhood projects – who runs them, who takes part, what they offer – straight from a JSON feed that the people involved keep up to date themselves, instead of copied texts that go stale. One script line and one HTML element are all it takes; CSS custom properties fit the look to your own website, and the elements speak 45 languages. They set no cookies, store nothing in the browser and run under a strict Content Security Policy – like this page.',
    ar: 'Quartier Widgets مكوّنات ويب للمدن وجمعيات الرعاية الاجتماعية وشركات الإسكان. تعرض مشاريع الأحياء – من يديرها ومن يشارك فيها وماذا تقدّم – مباشرةً من ملف بيانات JSON يحدّثه المشاركون بأنفسهم، بدلًا من نصوص منسوخة تتقادم. يكفي سطر سكربت واحد وعنصر HTML واحد؛ وتكيّف متغيرات CSS التصميم مع موقعك، وتتحدث العناصر 45 لغة. لا تضع ملفات تعريف الارتباط، ولا تخزّن شيئًا في المتصفح، وتعمل في ظل سياسة أمان محتوى صارمة – مثل هذه الصفحة.',
  },
  'about.languages': {
    en: 'The sample feeds exist in German only. In every other language the elements translate their own labels and format numbers and dates for the language; texts from the feed appear in the language the feed has them in, with a note saying so.',
    ar: 'ملفات البيانات النموذجية متوفرة بالألمانية فقط. في كل لغة أخرى تترجم العناصر تسمياتها الخاصة وتنسّق الأرقام والتواريخ حسب اللغة؛ أما نصوص ملف البيانات فتظهر باللغة المتوفرة فيه، مع ملاحظة بذلك.',
  },
  'about.url': {
    en: 'This page stores nothing. Language and theme are kept in the address, for example:',
    ar: 'لا تحفظ هذه الصفحة شيئًا. اللغة والتصميم محفوظان في العنوان، مثلًا:',
  },

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
  'embed.theming': {
    en: 'Colours, fonts, corners and spacing are set with the CSS custom properties {--quartier-…}, single parts with {::part(…)}. The four themes above are nothing more: one small CSS file each, in {demo/themes/}.',
    ar: 'تُضبط الألوان والخطوط والزوايا والمسافات بمتغيرات CSS {--quartier-…}، وأجزاء بعينها بـ {::part(…)}. والتصاميم الأربعة في الأعلى ليست سوى ذلك: ملف CSS صغير لكل منها في {demo/themes/}.',
  },

  'card.title': { en: 'Project card', ar: 'بطاقة المشروع' },
  'card.text': {
    en: 'Everything the feed says about a project; sections without data are left out. When the card is wide enough it has two columns.',
    ar: 'كل ما يقوله ملف البيانات عن المشروع؛ وتُحذف الأقسام التي لا بيانات لها. وحين تكون البطاقة عريضة بما يكفي تُعرض في عمودين.',
  },
  'event.label': { en: 'Last pick ({quartier-select} event):', ar: 'آخر اختيار (حدث {quartier-select}):' },
  'card.full.seesen': { en: 'Full – Seesen (LeNa)', ar: 'كاملة – Seesen (LeNa)' },
  'card.compact': { en: 'Compact – for listing pages', ar: 'مختصرة – لصفحات القوائم' },
  'card.full.salzgitter': {
    en: 'Full – Salzgitter, Obere Berliner Straße',
    ar: 'كاملة – Salzgitter، Obere Berliner Straße',
  },
  'card.narrow': { en: 'In a narrow sidebar (20em)', ar: 'في عمود جانبي ضيق (20em)' },

  'partners.title': { en: 'Partner list', ar: 'قائمة الشركاء' },
  'partners.text': {
    en: 'The organisations behind a project, grouped by their role (lead, partner, funder, network), with what each contributes. Without a project: every organisation in the feed with the projects it takes part in.',
    ar: 'المؤسسات التي تقف وراء المشروع، مجمّعة حسب دورها (الجهة المسؤولة، الشريك، الجهة المموّلة، الشبكة)، مع مساهمة كل منها. ومن دون مشروع: كل مؤسسات ملف البيانات مع المشاريع التي تشارك فيها.',
  },
  'partners.list': { en: 'List, grouped by role – Salzgitter', ar: 'قائمة مجمّعة حسب الدور – Salzgitter' },
  'partners.grid': { en: 'Tiles – Seesen (LeNa)', ar: 'بطاقات – Seesen (LeNa)' },
  'partners.logos': { en: 'Logos – Seesen (LeNa)', ar: 'شعارات – Seesen (LeNa)' },
  'partners.logos.note': {
    en: 'The sample feeds have no logos; the name stands in their place.',
    ar: 'لا تحتوي ملفات البيانات النموذجية على شعارات؛ فيظهر الاسم مكانها.',
  },
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
  'states.loading': {
    en: 'Loading: while a feed loads, every element shows a quiet placeholder at its usual height and carries {aria-busy="true"}. The feeds of this page are on the same server and load in milliseconds, so you only see the placeholder on a slow connection.',
    ar: 'التحميل: أثناء تحميل ملف البيانات يعرض كل عنصر عنصرًا نائبًا هادئًا بارتفاعه المعتاد ويحمل {aria-busy="true"}. ملفات البيانات في هذه الصفحة على الخادم نفسه وتُحمَّل في أجزاء من الثانية، لذلك لا يظهر العنصر النائب إلا مع اتصال بطيء.',
  },
  'states.errors': {
    en: 'Error messages are meant for editors: visible, with {role="alert"}, naming the address and the reason.',
    ar: 'رسائل الخطأ موجّهة إلى المحررين: ظاهرة، مع {role="alert"}، وتذكر العنوان والسبب.',
  },
  'states.404': { en: 'Error: feed not found', ar: 'خطأ: ملف البيانات غير موجود' },
  'states.unknown': { en: 'Error: unknown project', ar: 'خطأ: مشروع غير معروف' },
  'states.empty': {
    en: 'Empty: a feed without projects, a filter without matches',
    ar: 'فارغ: ملف بيانات بلا مشاريع، وتصفية بلا نتائج',
  },
  'states.empty.card': { en: 'Empty: a feed without projects', ar: 'فارغ: ملف بيانات بلا مشاريع' },
  'states.debug': { en: '{debug}: a feed with deliberate faults', ar: '{debug}: ملف بيانات بأخطاء متعمَّدة' },
  'states.debug.text': {
    en: 'With the {debug} attribute the element lists for editors what it dropped from the feed, and why. The rest of the feed is shown all the same.',
    ar: 'مع الخاصية {debug} يعرض العنصر للمحررين ما استبعده من ملف البيانات وسبب ذلك. ويُعرض باقي ملف البيانات رغم ذلك.',
  },
  'states.partners': {
    en: 'empty, unknown project, missing feed, {debug} with an unknown filter value',
    ar: 'فارغ، مشروع غير معروف، ملف بيانات مفقود، {debug} مع قيمة تصفية غير معروفة',
  },

  'embed.div': {
    en: 'In a CMS text editor (TYPO3, WordPress) that removes unknown tags, the same works as a plain {<div>}: {data-quartier} names the widget, every attribute becomes {data-…}. The script is then included once in the page template.',
    ar: 'في محرر النصوص في نظام إدارة المحتوى (TYPO3 وWordPress) الذي يحذف الوسوم غير المعروفة، يعمل الأمر نفسه كعنصر {<div>} بسيط: تسمّي {data-quartier} العنصر، وتصبح كل سمة {data-…}. ويُضمَّن السكربت مرة واحدة في قالب الصفحة.',
  },

  'map.title': { en: 'Offer map', ar: 'خريطة العروض' },
  'map.text': {
    en: 'Where residents find the offers: a list of the places with every offer, search and categories, and a map beside it. The map loads only after a click on “Karte laden” – until then no map server is contacted.',
    ar: 'حيث يجد السكان العروض: قائمة بالأماكن مع كل العروض والبحث والفئات، وبجانبها خريطة. لا تُحمَّل الخريطة إلا بعد النقر على „تحميل الخريطة“، وقبل ذلك لا يتم الاتصال بأي خادم خرائط.',
  },
  'map.card': { en: 'Project card and offer map together – Seesen (LeNa)', ar: 'بطاقة المشروع وخريطة العروض معًا – Seesen (LeNa)' },
  'map.card.note': {
    en: 'A click on a place or an offer in the project card shows it in the offer map: the page passes the {quartier-select} event on to {map.select(type, id)}.',
    ar: 'النقر على مكان أو عرض في بطاقة المشروع يعرضه في خريطة العروض: تمرّر الصفحة الحدث {quartier-select} إلى {map.select(type, id)}.',
  },
  'map.more': {
    en: 'More examples: Salzgitter, both feeds, 10,000 generated offers, states',
    ar: 'أمثلة أخرى: Salzgitter، ملفا البيانات معًا، 10٬000 عرض مُولَّد، الحالات',
  },
  'map.consent-all': { en: 'Allow maps on this page (as a consent manager would)', ar: 'السماح بالخرائط في هذه الصفحة (كما يفعل مدير الموافقات)' },
  'map.consent-revoke': { en: 'Withdraw permission', ar: 'سحب الإذن' },
  'map.seesen': { en: 'Seesen (LeNa): places and offers', ar: 'Seesen (LeNa): الأماكن والعروض' },
  'map.ask': {
    en: 'Until the click on “Karte laden” nothing is loaded from the map server; the list already works.',
    ar: 'حتى النقر على „تحميل الخريطة“ لا يُحمَّل شيء من خادم الخرائط؛ والقائمة تعمل منذ البداية.',
  },
  'map.salzgitter': { en: 'Salzgitter-Lebenstedt, Obere Berliner Straße', ar: 'Salzgitter-Lebenstedt، Obere Berliner Straße' },
  'map.both': { en: 'Both feeds together, counselling, language and meeting points only', ar: 'ملفا البيانات معًا، الاستشارة واللغة وأماكن اللقاء فقط' },
  'map.generated': { en: 'Generated test data: 10,000 offers at 2,500 places', ar: 'بيانات اختبار مُولَّدة: 10٬000 عرض في 2٬500 مكان' },
  'map.generated.note': {
    en: 'Generated data (no real places or offers) to show clusters, filters and the long list.',
    ar: 'بيانات مُولَّدة (ليست أماكن أو عروضًا حقيقية) لعرض التجميع والتصفية والقائمة الطويلة.',
  },
  'states.map': {
    en: 'empty, unknown project, invalid map address, missing feed, {debug}',
    ar: 'فارغ، مشروع غير معروف، عنوان خريطة غير صالح، ملف بيانات مفقود، {debug}',
  },

  'footer.pages': { en: 'Single pages to try things out:', ar: 'صفحات منفردة للتجربة:' },
  'footer.data': {
    en: 'Sample data: two neighbourhood projects in Seesen and Salzgitter, after public project descriptions.',
    ar: 'بيانات نموذجية: مشروعان للأحياء في Seesen وSalzgitter، استنادًا إلى أوصاف منشورة للمشروعين.',
  },
};
