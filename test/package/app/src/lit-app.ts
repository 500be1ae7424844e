// A Lit application that puts the offer finder into its own element.
import './violations.js';
import { LitElement, html } from 'lit';
import 'lotse';
import type { LotseOfferFinder, OfferSelectDetail } from 'lotse/offer-finder';

class TownPage extends LitElement {
  override render() {
    return html`<h1>Beratung in Musterstadt</h1>
      <lotse-offer-finder src="/feed.json" no-url-sync page-size="5"></lotse-offer-finder>`;
  }
}
customElements.define('town-page', TownPage);

// The event bubbles and is composed: the document sees it, typed, without a cast.
document.addEventListener('lotse-offer-select', (event) => {
  const detail: OfferSelectDetail = event.detail;
  document.getElementById('selected')!.textContent = detail.key;
});
const finder: LotseOfferFinder | null | undefined = document.querySelector('town-page')?.shadowRoot?.querySelector('lotse-offer-finder');
void finder?.updateComplete;
// On the element, a shared event name carries that element's own detail: the calendar's filters have a view, the finder's an order.
const calendar = document.createElement('lotse-course-calendar');
calendar.addEventListener('lotse-filter-change', (event) => event.detail.view.toUpperCase());
finder?.addEventListener('lotse-filter-change', (event) => event.detail.sort.toUpperCase());
document.addEventListener('lotse-language-change', (event) => event.detail.lang.toUpperCase());
