import '../../src/components/feed-info/define.js';
import { LotseFeedInfo } from '../../src/components/feed-info/feed-info.js';
import { feedWidgetSuite } from '../helpers/feed-widget-suite.js';

feedWidgetSuite({
  tag: 'lotse-feed-info',
  element: LotseFeedInfo,
  content: '[part="summary"]',
  markerA: 'Stadt Altenau',
  markerB: 'Brückenschlag education provider',
});
