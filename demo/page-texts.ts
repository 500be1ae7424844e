// The demo page's own texts, so that it reads like a town's page in each
// language. The Lotse elements translate themselves; this is only the page.
type PageText = 'title' | 'site' | 'heading' | 'intro' | 'finder' | 'feedInfo' | 'health' | 'sidebar' | 'calendar' | 'calendarNote';

const TEXTS: Record<string, Record<PageText, string>> = {
  de: {
    title: 'Lotse – Demo: Kreis Musterland',
    site: 'Kreis Musterland · Kommunales Integrationszentrum',
    heading: 'Lotse-Demo',
    intro:
      'Diese Seite zeigt die Lotse-Elemente mit dem Beispiel-Feed des fiktiven Kreises Musterland ({feed}). ' +
      'Die Sprachauswahl oben ändert die Sprache der Seite ({code}); alle Elemente folgen ohne Neuladen.',
    finder: 'Angebote finden',
    feedInfo: 'Feed-Prüfung',
    health: 'Gesundheitswegweiser',
    sidebar: 'Notruf und Hilfe',
    calendar: 'Kurse und Termine',
    calendarNote: "Der Kalender liest den Feed und die .ics-Datei eines Jugendzentrums (data/events.ics).",
  },
  en: {
    title: 'Lotse – demo: Musterland County',
    site: 'Musterland County · Integration Centre',
    heading: 'Lotse demo',
    intro:
      'This page shows the Lotse elements with the sample feed of the fictional Musterland County ({feed}). ' +
      'The language buttons above change the language of the page ({code}); every element follows without a reload.',
    finder: 'Find offers',
    feedInfo: 'Feed check',
    health: 'Health guide',
    sidebar: 'Emergency and help',
    calendar: 'Courses and dates',
    calendarNote: "The calendar reads the feed and a youth centre's .ics file (data/events.ics).",
  },
  ar: {
    title: 'Lotse – عرض توضيحي: مقاطعة موسترلاند',
    site: 'مقاطعة موسترلاند · مركز الاندماج البلدي',
    heading: 'عرض Lotse التوضيحي',
    intro:
      'تعرض هذه الصفحة عناصر Lotse مع ملف البيانات التجريبي لمقاطعة موسترلاند الخيالية ({feed}). ' +
      'تغيّر أزرار اللغة في الأعلى لغة الصفحة ({code})، وتتبعها جميع العناصر دون إعادة تحميل.',
    finder: 'البحث عن العروض',
    feedInfo: 'فحص ملف البيانات',
    health: 'دليل الصحة',
    sidebar: 'الطوارئ والمساعدة',
    calendar: 'الدورات والمواعيد',
    calendarNote: "يقرأ التقويم ملف البيانات وملف ‎.ics‎ لمركز شبابي (data/events.ics).",
  },
  tr: {
    title: 'Lotse – demo: Musterland ilçesi',
    site: 'Musterland İlçesi · Belediye Entegrasyon Merkezi',
    heading: 'Lotse demosu',
    intro:
      'Bu sayfa, Lotse öğelerini hayali Musterland ilçesinin örnek veri kaynağıyla gösterir ({feed}). ' +
      'Yukarıdaki dil düğmeleri sayfanın dilini değiştirir ({code}); tüm öğeler sayfa yenilenmeden uyum sağlar.',
    finder: 'Hizmetleri bulun',
    feedInfo: 'Veri kaynağı denetimi',
    health: 'Sağlık rehberi',
    sidebar: 'Acil durum ve yardım',
    calendar: 'Kurslar ve etkinlikler',
    calendarNote: "Takvim, veri kaynağını ve bir gençlik merkezinin .ics dosyasını okur (data/events.ics).",
  },
  uk: {
    title: 'Lotse – демо: район Мустерланд',
    site: 'Район Мустерланд · Муніципальний інтеграційний центр',
    heading: 'Демо Lotse',
    intro:
      'Ця сторінка показує елементи Lotse з прикладом фіда вигаданого району Мустерланд ({feed}). ' +
      'Кнопки мов угорі змінюють мову сторінки ({code}); усі елементи підлаштовуються без перезавантаження.',
    finder: 'Знайти пропозиції',
    feedInfo: 'Перевірка фіда',
    health: 'Путівник зі здоров’я',
    sidebar: 'Екстрена допомога',
    calendar: 'Курси та події',
    calendarNote: "Календар читає фід і файл .ics молодіжного центру (data/events.ics).",
  },
};

/** Rewrites the page's own texts in `lang`, keeping the feed link and the code sample as elements. */
export function translatePage(lang: string): void {
  const texts = TEXTS[lang] ?? TEXTS.en;
  document.title = texts.title;
  for (const element of document.querySelectorAll<HTMLElement>('[data-demo-text]')) {
    const key = element.dataset.demoText as PageText;
    if (key !== 'intro') {
      element.textContent = texts[key];
      continue;
    }
    const link = element.querySelector('a');
    const code = element.querySelector('code');
    if (!link || !code) continue;
    const parts = texts.intro.split(/(\{feed\}|\{code\})/);
    element.replaceChildren(
      ...parts.map((part) => (part === '{feed}' ? link : part === '{code}' ? code : document.createTextNode(part))),
    );
  }
}
