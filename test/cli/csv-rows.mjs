// A spreadsheet of `n` offers as an integration centre keeps it: every column of the template filled.
export function csvRows(n) {
  const lines = ['ID;Art;Titel;Titel (en);Titel (ar);Beschreibung;Träger;Straße;PLZ;Ort;Themen;Zielgruppen;Sprachen;Kosten;Telefon;E-Mail;Webseite;Öffnungszeiten;Beginn;Ende;Wochentage;Uhrzeit von;Uhrzeit bis;Geprüft am'];
  for (let i = 0; i < n; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    lines.push(
      [
        `angebot-${i}`, i % 3 ? 'Beratung' : 'Kurs', `Angebot Nummer ${i}`, `Offer number ${i}`, `عرض ${i}`,
        `"Beschreibung ${i}; mit Semikolon und ""Anführungszeichen"""`, `Träger ${i % 200}`, `Hauptstraße ${i % 90}`,
        String(50100 + (i % 300)), 'Bergheim', 'Sprache, Arbeit', 'Geflüchtete, Frauen', 'Deutsch, Arabisch, Türkisch', i % 2 ? 'kostenlos' : '5,50 €',
        '02271 123456', `info${i}@example.org`, `https://example.org/angebot/${i}`, 'Mo-Fr 8-12 Uhr, Do 14-18 Uhr', `${day}.01.2027`, `${day}.06.2027`,
        'Mo, Mi', '18.30', '20:00 Uhr', `${day}.11.2026`,
      ].join(';'),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
