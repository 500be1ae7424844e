// The global event map types the detail of Lotse's events on document and window.
import 'lotse/offer-finder';
import 'lotse/course-calendar';
import 'lotse/language-switcher';

document.addEventListener('lotse-offer-select', (event) => event.detail.key.toUpperCase());
window.addEventListener('lotse-results-change', (event) => event.detail.total.toFixed());
document.addEventListener('lotse-offer-select', (event) => event.detail.nope); // error TS2339
window.addEventListener('lotse-results-change', (event) => event.detail.total.toUpperCase()); // error TS2339
document.createElement('lotse-course-calendar').addEventListener('lotse-filter-change', (event) => event.detail.sort); // error TS2339
document.addEventListener('lotse-language-change', (event) => event.detail.nonsense); // error TS2339
