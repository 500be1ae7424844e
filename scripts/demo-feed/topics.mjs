// The topic taxonomy of the demo feed, with labels in the five demo languages.
const t = (id, de, en, ar, tr, uk, parent) => ({ id, label: { de, en, ar, tr, uk }, ...(parent ? { parent } : {}) });

export const TOPICS = [
  t('sprache', 'Sprache', 'Language', 'اللغة', 'Dil', 'Мова'),
  t('sprachkurse', 'Sprachkurse', 'Language courses', 'دورات اللغة', 'Dil kursları', 'Мовні курси', 'sprache'),
  t('beratung', 'Beratung', 'Counselling', 'الاستشارة', 'Danışmanlık', 'Консультації'),
  t('aufenthalt', 'Aufenthalt und Einbürgerung', 'Residence and citizenship', 'الإقامة والتجنس', 'Oturum ve vatandaşlık', 'Перебування та громадянство'),
  t('arbeit', 'Arbeit und Beruf', 'Work and career', 'العمل والمهنة', 'İş ve meslek', 'Робота і професія'),
  t('anerkennung', 'Anerkennung von Abschlüssen', 'Recognition of qualifications', 'الاعتراف بالشهادات', 'Diplomaların tanınması', 'Визнання кваліфікацій', 'arbeit'),
  t('bildung', 'Bildung', 'Education', 'التعليم', 'Eğitim', 'Освіта'),
  t('schule', 'Schule', 'School', 'المدرسة', 'Okul', 'Школа', 'bildung'),
  t('kita', 'Kita und Kinderbetreuung', 'Childcare and nursery', 'رياض الأطفال ورعاية الأطفال', 'Kreş ve çocuk bakımı', 'Дитячий садок і догляд за дітьми', 'bildung'),
  t('familie', 'Familie', 'Family', 'الأسرة', 'Aile', 'Сім’я'),
  t('gesundheit', 'Gesundheit', 'Health', 'الصحة', 'Sağlık', 'Здоров’я'),
  t('psyche', 'Seelische Gesundheit', 'Mental health', 'الصحة النفسية', 'Ruh sağlığı', 'Психічне здоров’я', 'gesundheit'),
  t('pflege', 'Pflege im Alter', 'Care in old age', 'رعاية المسنين', 'Yaşlı bakımı', 'Догляд у старшому віці', 'gesundheit'),
  t('wohnen', 'Wohnen', 'Housing', 'السكن', 'Konut', 'Житло'),
  t('geld', 'Geld und Sozialleistungen', 'Money and benefits', 'المال والمساعدات الاجتماعية', 'Para ve sosyal yardımlar', 'Гроші та соціальні виплати'),
  t('sport', 'Sport und Bewegung', 'Sport and exercise', 'الرياضة والحركة', 'Spor ve hareket', 'Спорт і рух'),
  t('freizeit', 'Kultur und Begegnung', 'Culture and meeting people', 'الثقافة واللقاءات', 'Kültür ve buluşma', 'Культура і зустрічі'),
  t('ehrenamt', 'Ehrenamt und Mitmachen', 'Volunteering and taking part', 'التطوع والمشاركة', 'Gönüllülük ve katılım', 'Волонтерство та участь'),
  t('diskriminierung', 'Schutz vor Diskriminierung', 'Protection against discrimination', 'الحماية من التمييز', 'Ayrımcılığa karşı koruma', 'Захист від дискримінації'),
  t('dokumente', 'Ausweise und Dokumente', 'ID and documents', 'الهويات والوثائق', 'Kimlik ve belgeler', 'Посвідчення та документи'),
  t('mobilitaet', 'Verkehr und Führerschein', 'Transport and driving licence', 'المواصلات ورخصة القيادة', 'Ulaşım ve ehliyet', 'Транспорт і посвідчення водія'),
  t('netzwerk', 'Netzwerke', 'Networks', 'الشبكات', 'Ağlar', 'Мережі'),
];

export const CUSTOM_AUDIENCES = [
  { id: 'unbegleitete-minderjaehrige', label: { de: 'Unbegleitete Minderjährige', en: 'Unaccompanied minors', ar: 'القاصرون غير المصحوبين', tr: 'Refakatsiz küçükler', uk: 'Неповнолітні без супроводу' } },
];
