// The demo page's own script: registers every Lotse element from the sources
// and lets the visitor switch the page language.
import '../src/index.js';
import { directionOf } from '../src/core/locale/direction.js';
import { translatePage } from './page-texts.js';

function setLanguage(lang: string): void {
  document.documentElement.lang = lang;
  document.documentElement.dir = directionOf(lang);
  translatePage(lang);
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  }
  const url = new URL(location.href);
  url.searchParams.set('lang', lang);
  history.replaceState(history.state, '', url);
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
  button.addEventListener('click', () => setLanguage(button.dataset.lang ?? 'de'));
}
setLanguage(new URL(location.href).searchParams.get('lang') ?? document.documentElement.lang);
