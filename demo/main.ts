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
  // Only `lang` changes; the page's other parameters keep their exact spelling (as the widgets' do).
  const others = location.search.slice(1).split('&').filter((part) => part && !/^lang(=|$)/.test(part));
  const search = [...others, `lang=${encodeURIComponent(lang)}`].join('&');
  history.replaceState(history.state, '', `${location.pathname}?${search}${location.hash}`);
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
  button.addEventListener('click', () => setLanguage(button.dataset.lang ?? 'de'));
}
setLanguage(new URL(location.href).searchParams.get('lang') ?? document.documentElement.lang);
