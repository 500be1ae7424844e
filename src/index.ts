/**
 * Lotse: every element, registered. This is the module behind `dist/lotse.js`,
 * the one script tag a webmaster pastes.
 */
export { LotseFeedInfo } from './components/feed-info/define.js';
export * from './core/index.js';
