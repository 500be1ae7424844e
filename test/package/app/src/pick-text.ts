// One pure helper from lotse/core: the bundle must hold no Lit and no language chunk.
import { pickText } from 'lotse/core';

document.body.textContent = pickText({ de: 'Hallo', en: 'Hello' }, 'en', 'de')?.text ?? '';
