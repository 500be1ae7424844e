/** The feed format version importers write: the major version this code reads, minor 0. */
import { FEED_FORMAT_MAJOR } from '../core/feed/schema.js';

export const FEED_FORMAT_VERSION = `${FEED_FORMAT_MAJOR}.0`;
