/**
 * Cyrillic words (Russian, Ukrainian, Bulgarian) written in Latin letters the
 * way a German would spell what they sound like, so that a resident who
 * writes a German name as heard finds it: "джобцентр" -> "jobzentr", two
 * slips away of Jobcenter; "ауслендербехёрде" -> "auslenderbeherde", two away
 * of Ausländerbehörde. Fuzzy matching forgives what the table cannot know.
 *
 * Works on folded terms (see fold.ts): lower case, marks already gone, so ё
 * arrives as е, й as и, ї as і. Part of the search chunk, so it imports
 * nothing the main bundle holds.
 */
const CYRILLIC = /[\u0400-\u04ff]/;

/** One letter each; ь and the apostrophe only soften, ъ is the Bulgarian unstressed vowel (the German "e" in "-er"). */
const LETTERS: Record<string, string> = {
  а: 'a', б: 'b', в: 'w', г: 'g', ґ: 'g', д: 'd', е: 'e', є: 'je', ж: 'sch', з: 's', и: 'i', і: 'i',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'h',
  ц: 'z', ч: 'tsch', ш: 'sch', щ: 'scht', ъ: 'e', ы: 'i', ь: '', э: 'e', я: 'ja', "'": '', 'ʼ': '',
};
const VOWELS = /[аеєиіоуыэюя]/;

/** True if the term holds a Cyrillic letter. */
export const isCyrillic = (term: string) => CYRILLIC.test(term);

/**
 * The Latin spellings of a folded Cyrillic term: one, or two when it has a
 * г, which Russians read as g and Ukrainians as h ("гельд", "бегерде").
 */
export function transliterate(term: string): string[] {
  const latin = (g: string) => {
    let out = '';
    for (let i = 0; i < term.length; i++) {
      const c = term[i];
      const next = term[i + 1];
      if (c === 'д' && next === 'ж') {
        // English loanwords: "джоб" is a job.
        out += 'j';
        i++;
      } else if (c === 'к' && next === 'с') {
        out += 'x';
        i++;
      } else if (c === 'ю') {
        // After a consonant it is the German ü ("Мюнхен"), else "ju" ("Югенд").
        out += i > 0 && !VOWELS.test(term[i - 1]) ? 'u' : 'ju';
      } else if (c === 'г') out += g;
      else out += LETTERS[c] ?? c;
    }
    return out;
  };
  return term.includes('г') ? [latin('g'), latin('h')] : [latin('g')];
}
