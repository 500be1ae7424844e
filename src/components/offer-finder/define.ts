/** Registers `<lotse-offer-finder>` (unless that tag is already taken). */
import { defineElement } from '../../core/lotse-element.js';
import { LotseOfferFinder } from './offer-finder.js';

defineElement('lotse-offer-finder', LotseOfferFinder);

export { LotseOfferFinder };
export type { OfferFinderFilters, OfferSelectDetail, ResultsChangeDetail } from './offer-finder.js';
