/** Registers `<lotse-feed-info>` (unless that tag is already taken). */
import { defineElement } from '../../core/lotse-element.js';
import { LotseFeedInfo } from './feed-info.js';

defineElement('lotse-feed-info', LotseFeedInfo);

export { LotseFeedInfo };
