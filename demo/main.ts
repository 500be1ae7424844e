// The demo page's own script: registers every Lotse element from the sources
// and lets the page's own texts follow the language menu.
import '../src/index.js';
import { directionOf } from '../src/core/locale/direction.js';
import { pageLanguage } from '../src/core/locale/locale-controller.js';
import { translatePage } from './page-texts.js';

/**
 * The page's own texts and direction follow the language menu
 * (`<lotse-language-switcher set-page-lang>` sets `<html lang>`; the Lotse
 * elements switch by themselves). `?lotse-lang=` in the address opens the
 * page in that language.
 */
function followLanguage(lang: string): void {
  document.documentElement.dir = directionOf(lang);
  translatePage(lang);
}

document.addEventListener('lotse-language-change', (event) => {
  followLanguage((event as CustomEvent<{ lang: string }>).detail.lang);
});
void customElements.whenDefined('lotse-language-switcher').then(() => {
  const chosen = pageLanguage();
  if (chosen) document.documentElement.lang = chosen;
  followLanguage(document.documentElement.lang);
});
