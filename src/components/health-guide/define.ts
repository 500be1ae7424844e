/** Registers `<lotse-health-guide>` (unless that tag is already taken). */
import { defineElement } from '../../core/lotse-element.js';
import { LotseHealthGuide } from './health-guide.js';

defineElement('lotse-health-guide', LotseHealthGuide);

export { LotseHealthGuide };
export type { HealthStepDetail, ServiceSelectDetail } from './health-guide.js';
