// Russian and Farsi (and the Arabic, Turkish and Ukrainian the templates
// lack) for the offers a newcomer needs first: language courses, migration
// counselling, health basics, the foreigners' authority and the job centre.
// German office names stay beside the translation where residents must find
// them on a door or a letter. Added to the templates' texts by id.

/** id -> { title, summary } -> language -> text */
export const NEWCOMER_TEXTS = {
  mbe: {
    title: { ru: 'Миграционная консультация для взрослых', fa: 'مشاورهٔ مهاجرت برای بزرگسالان' },
    summary: { ru: 'Консультации о виде на жительство, языковых курсах, работе, жилье и семье – конфиденциально и бесплатно.', fa: 'مشاوره دربارهٔ اقامت، کلاس زبان، کار، مسکن و خانواده – محرمانه و رایگان.' },
  },
  'mbe-diakonie': {
    title: { ru: 'Миграционная консультация (Diakonie)', fa: 'مشاورهٔ مهاجرت (Diakonie)' },
    summary: {
      ru: 'Консультации на русском, украинском и польском по всем вопросам жизни в Германии.',
      ar: 'استشارة بالروسية والأوكرانية والبولندية في كل أسئلة الوصول والاستقرار.',
      tr: 'Yerleşmeyle ilgili her konuda Rusça, Ukraynaca ve Lehçe danışmanlık.',
      fa: 'مشاوره به زبان‌های روسی، اوکراینی و لهستانی دربارهٔ همهٔ پرسش‌های آغاز زندگی در آلمان.',
    },
  },
  jmd: {
    title: { ru: 'Молодёжная миграционная служба (Jugendmigrationsdienst)', fa: 'خدمات مهاجرت جوانان (Jugendmigrationsdienst)' },
    summary: { ru: 'Для молодых людей от 12 до 27 лет: школа, профобучение, языковые курсы и всё, что между ними.', fa: 'برای جوانان ۱۲ تا ۲۷ ساله: مدرسه، آموزش حرفه‌ای، کلاس زبان و هر چه در این میان هست.' },
  },
  'ik-kinderbetreuung': {
    title: { ru: 'Интеграционный курс (Integrationskurs) с присмотром за детьми', fa: 'دورهٔ ادغام (Integrationskurs) با نگهداری از کودکان' },
    summary: { ru: 'Немецкий с A1 до B1 по утрам; за детьми присматривают в том же здании.', fa: 'آلمانی از A1 تا B1 در صبح‌ها؛ از کودکان شما در همان ساختمان نگهداری می‌شود.' },
  },
  'ik-lindenau': {
    title: { ru: 'Вечерний интеграционный курс (Integrationskurs)', fa: 'دورهٔ ادغام عصرگاهی (Integrationskurs)' },
    summary: { ru: 'Для работающих: немецкий язык и ориентационный курс по вечерам.', fa: 'برای شاغلان: زبان آلمانی و دورهٔ آشنایی با آلمان در عصرها.' },
  },
  alpha: {
    title: { ru: 'Курс грамотности (Alphabetisierungskurs) с присмотром за детьми', fa: 'دورهٔ سوادآموزی (Alphabetisierungskurs) با نگهداری از کودکان' },
    summary: { ru: 'Научитесь читать и писать латиницей – в небольших группах, в своём темпе.', fa: 'خواندن و نوشتن با الفبای لاتین را یاد بگیرید – در گروه‌های کوچک و با سرعت خودتان.' },
  },
  jugendkurs: {
    title: { ru: 'Немецкий и математика для молодых беженцев (18–27)', fa: 'آلمانی و ریاضی برای پناهجویان جوان (۱۸ تا ۲۷ سال)' },
    summary: { ru: 'Подготовка к профобучению и школьному аттестату: немецкий, математика и тренировка заявлений.', fa: 'آمادگی برای آموزش حرفه‌ای و مدرک مدرسه: آلمانی، ریاضی و تمرین درخواست کار.' },
  },
  berufssprachkurs: {
    title: { ru: 'Профессиональный курс немецкого B2 (Berufssprachkurs)', fa: 'دورهٔ آلمانی شغلی B2 (Berufssprachkurs)' },
    summary: { ru: 'Немецкий для работы: телефонные звонки, письма, совещания.', fa: 'آلمانی برای کار روزمره: تلفن، ایمیل، جلسه.' },
  },
  frauenkurs: {
    title: { ru: 'Немецкий для мам в семейном центре', fa: 'آلمانی برای مادران در مرکز خانواده' },
    summary: { ru: 'Спокойно учите немецкий, пока малыши играют в соседней комнате.', fa: 'با آرامش آلمانی یاد بگیرید، در حالی که کودکان در اتاق کناری بازی می‌کنند.' },
  },
  'ik-erftal': {
    title: { ru: 'Интеграционный курс (Integrationskurs) в Эрфтале с присмотром за детьми', fa: 'دورهٔ ادغام (Integrationskurs) در ارفتال با نگهداری از کودکان' },
    summary: {
      ru: 'Небольшой курс рядом с домом, присмотр за детьми в семейном центре.',
      ar: 'دورة صغيرة في الحي، ورعاية الأطفال في مركز الأسرة.',
      tr: 'Mahallede küçük bir kurs, çocuk bakımı aile merkezinde.',
      uk: 'Невеликий курс поруч із домом, догляд за дітьми в сімейному центрі.',
      fa: 'کلاسی کوچک در محله، نگهداری از کودکان در مرکز خانواده.',
    },
  },
  'sprachkurs-ukraine': {
    title: { ru: 'Начальный курс немецкого для беженцев из Украины', fa: 'دورهٔ مقدماتی آلمانی برای پناهجویان اوکراینی' },
    summary: { ru: 'Первые слова для повседневной жизни, врача и покупок – с объяснениями на украинском.', fa: 'نخستین کلمه‌ها برای زندگی روزمره، پزشک و خرید – با توضیح به زبان اوکراینی.' },
  },
  clearingstelle: {
    title: { ru: 'Служба помощи людям без медицинской страховки (Clearingstelle)', fa: 'مرکز کمک به افراد بدون بیمهٔ درمانی (Clearingstelle)' },
    summary: { ru: 'Выясним, как вам получить медицинскую страховку, и организуем медицинскую помощь.', fa: 'بررسی می‌کنیم چطور بیمهٔ درمانی بگیرید و کمک پزشکی را هماهنگ می‌کنیم.' },
  },
  gesundheitstag: {
    title: { ru: 'День здоровья «Здоровым на новом месте»', fa: 'روز سلامت «سالم رسیدن»' },
    summary: { ru: 'Консультации о прививках, измерение давления и информация о медицинской страховке.', fa: 'مشاورهٔ واکسن، اندازه‌گیری فشار خون و اطلاعات دربارهٔ بیمهٔ درمانی.' },
  },
  impfberatung: {
    title: { ru: 'Консультация и приём по прививкам', fa: 'مشاوره و نوبت واکسیناسیون' },
    summary: {
      ru: 'Проверим прививочный паспорт (Impfpass), сделаем недостающие прививки – и без записи.',
      ar: 'نفحص دفتر التطعيم (Impfpass) ونكمل التطعيمات الناقصة – دون موعد أيضاً.',
      tr: 'Aşı kartınızı (Impfpass) kontrol edin, eksik aşıları yaptırın – randevusuz da olur.',
      uk: 'Перевіримо щеплювальний паспорт (Impfpass), зробимо пропущені щеплення – і без запису.',
      fa: 'کارت واکسن (Impfpass) را بررسی و واکسن‌های جامانده را تزریق می‌کنیم – بدون نوبت هم می‌شود.',
    },
  },
  'erste-hilfe': {
    title: { ru: 'Курс первой помощи (также для водительских прав)', fa: 'دورهٔ کمک‌های اولیه (برای گواهینامهٔ رانندگی هم)' },
    summary: { ru: 'Один день, который спасает жизни, – со справкой для водительских прав.', fa: 'یک روز که جان نجات می‌دهد – با گواهی برای گواهینامهٔ رانندگی.' },
  },
  aufenthaltstitel: {
    title: { ru: 'Получить или продлить вид на жительство (Aufenthaltserlaubnis)', fa: 'درخواست یا تمدید اجازهٔ اقامت (Aufenthaltserlaubnis)' },
    summary: { ru: 'Запишитесь онлайн; возьмите паспорт, биометрическое фото и документы-подтверждения.', fa: 'نوبت آنلاین بگیرید؛ گذرنامه، عکس بیومتریک و مدارک لازم را بیاورید.' },
  },
  fiktion: {
    title: { ru: 'Временное удостоверение (Fiktionsbescheinigung)', fa: 'گواهی اقامت موقت (Fiktionsbescheinigung)' },
    summary: { ru: 'Пока ваше заявление рассматривают, это удостоверение сохраняет ваше право на пребывание.', fa: 'تا وقتی درخواست شما بررسی می‌شود، این گواهی اقامت شما را قانونی نگه می‌دارد.' },
  },
  'info-einbuergerung': {
    title: { ru: 'Информационный вечер: получение гражданства (Einbürgerung)', fa: 'شب اطلاع‌رسانی: تابعیت (Einbürgerung)' },
    summary: { ru: 'Условия, документы и порядок – с вопросами и ответами.', fa: 'شرایط، مدارک و مراحل – با پرسش و پاسخ.' },
  },
  familiennachzug: {
    title: { ru: 'Воссоединение семьи (Familiennachzug)', fa: 'پیوستن خانواده (Familiennachzug)' },
    summary: { ru: 'Согласие ведомства по делам иностранцев (Ausländerbehörde) на визу для вашей семьи.', fa: 'موافقت ادارهٔ اتباع خارجی (Ausländerbehörde) با ویزای خانوادهٔ شما.' },
  },
  reiseausweis: {
    title: { ru: 'Проездной документ для беженцев (Reiseausweis)', fa: 'سند سفر برای پناهندگان (Reiseausweis)' },
    summary: { ru: 'Если вы не можете получить паспорт своей страны.', fa: 'اگر نمی‌توانید از کشور خود گذرنامه بگیرید.' },
  },
  karriere: {
    title: { ru: 'Коучинг для выхода на работу', fa: 'مشاورهٔ شروع کار' },
    summary: { ru: 'Индивидуальные консультации по резюме, заявлениям и стажировкам – также неполный день для родителей.', fa: 'مشاورهٔ فردی دربارهٔ رزومه، درخواست کار و کارآموزی – برای والدین پاره‌وقت هم.' },
  },
  bewerbung: {
    title: { ru: 'Тренинг по поиску работы', fa: 'کارگاه درخواست کار' },
    summary: { ru: 'Потренируйте резюме, сопроводительное письмо и собеседование.', fa: 'رزومه، نامهٔ درخواست و مصاحبهٔ کاری را تمرین کنید.' },
  },
  buergergeld: {
    title: { ru: 'Подать заявление на гражданское пособие (Bürgergeld)', fa: 'درخواست کمک‌هزینهٔ شهروندی (Bürgergeld)' },
    summary: { ru: 'Базовое обеспечение для ищущих работу – заявление можно подать и онлайн.', fa: 'تأمین پایه برای جویندگان کار – درخواست آنلاین هم ممکن است.' },
  },
  arbeitslos: {
    title: {
      ar: 'التسجيل كباحث عن عمل وعاطل عن العمل (Agentur für Arbeit)',
      tr: 'İş arayan ve işsiz olarak kayıt (Agentur für Arbeit)',
      uk: 'Зареєструватися як шукач роботи та безробітний (Agentur für Arbeit)',
      ru: 'Встать на учёт как ищущий работу и безработный (Agentur für Arbeit)',
      fa: 'ثبت‌نام به عنوان جویای کار و بیکار (Agentur für Arbeit)',
    },
    summary: {
      ar: 'سجّل قبل انتهاء عملك بثلاثة أشهر على الأقل.',
      tr: 'İşiniz bitmeden en geç üç ay önce kayıt olun.',
      uk: 'Зареєструйтеся щонайменше за три місяці до закінчення роботи.',
      ru: 'Зарегистрируйтесь не позднее чем за три месяца до окончания работы.',
      fa: 'دست‌کم سه ماه پیش از پایان کارتان ثبت‌نام کنید.',
    },
  },
};

/** The foreigners' authority by its German name first, as on its door. */
export const AUTHORITY_NAMES = {
  abh: {
    ar: 'Ausländerbehörde (دائرة الأجانب) في مقاطعة موسترلاند',
    tr: 'Ausländerbehörde (Yabancılar Dairesi), Musterland İlçesi',
    uk: 'Ausländerbehörde (відомство у справах іноземців) округу Мустерланд',
    ru: 'Ausländerbehörde (ведомство по делам иностранцев) округа Мустерланд',
    fa: 'Ausländerbehörde (ادارهٔ اتباع خارجی) شهرستان موسترلاند',
  },
  jobcenter: {
    ru: 'Jobcenter (центр занятости) округа Мустерланд',
    fa: 'Jobcenter (مرکز کاریابی) شهرستان موسترلاند',
  },
};

/** Adds the texts above to the feed's offers and organisations (in place). */
export function addNewcomerTexts(feed) {
  for (const offer of feed.offers) {
    const texts = Object.hasOwn(NEWCOMER_TEXTS, offer.id) ? NEWCOMER_TEXTS[offer.id] : undefined;
    if (!texts) continue;
    for (const field of ['title', 'summary']) {
      if (!texts[field]) continue;
      const base = typeof offer[field] === 'string' ? { [feed.language ?? 'de']: offer[field] } : (offer[field] ?? {});
      offer[field] = { ...base, ...texts[field] };
    }
  }
  for (const organization of feed.organizations ?? []) {
    const names = Object.hasOwn(AUTHORITY_NAMES, organization.id) ? AUTHORITY_NAMES[organization.id] : undefined;
    if (names && typeof organization.name === 'object') organization.name = { ...organization.name, ...names };
  }
  return feed;
}
