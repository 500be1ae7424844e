import { LotseHealthGuide } from '../../src/components/health-guide/health-guide.js';
import '../../src/components/health-guide/define.js';
import { feedWidgetSuite } from '../helpers/feed-widget-suite.js';

feedWidgetSuite({
  tag: 'lotse-health-guide',
  element: LotseHealthGuide,
  content: '.source',
  markerA: 'Stadt Altenau',
  markerB: 'Brückenschlag',
  attributes: 'no-url-sync',
});
