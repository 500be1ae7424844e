import '../../src/components/offer-finder/define.js';
import { LotseOfferFinder } from '../../src/components/offer-finder/offer-finder.js';
import { feedWidgetSuite } from '../helpers/feed-widget-suite.js';

feedWidgetSuite({
  tag: 'lotse-offer-finder',
  element: LotseOfferFinder,
  content: '#results-heading',
  markerA: 'Migrationsberatung für Erwachsene',
  markerB: 'Health guides',
  attributes: 'no-url-sync',
});
