/** Registers `<lotse-language-switcher>` (unless that tag is already taken). */
import { defineElement } from '../../core/lotse-element.js';
import { LotseLanguageSwitcher } from './language-switcher.js';

defineElement('lotse-language-switcher', LotseLanguageSwitcher);

export { LotseLanguageSwitcher };
export type { LanguageChangeDetail } from './language-switcher.js';
