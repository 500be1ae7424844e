/** Translated names for the feed format's fixed vocabularies. */
import { msg } from '../locale/localize.js';
import type { Catalog } from '../feed/catalog.js';
import type { OfferKind } from '../feed/schema.js';
import type { ProblemReason } from '../feed/validate.js';
import { pickText, type ShownText } from '../locale/text.js';

export function kindLabel(kind: OfferKind): string {
  switch (kind) {
    case 'service':
      return msg('Counselling and services');
    case 'course':
      return msg('Courses');
    case 'event':
      return msg('Events');
    case 'health':
      return msg('Health services');
    case 'authority':
      return msg('Public offices');
    case 'network':
      return msg('Networks');
    case 'programme':
      return msg('Programmes and materials');
  }
}

const audienceLabels: Record<string, () => string> = {
  children: () => msg('Children'),
  youth: () => msg('Young people'),
  'young-adults': () => msg('Young adults'),
  parents: () => msg('Parents'),
  families: () => msg('Families'),
  adults: () => msg('Adults'),
  women: () => msg('Women'),
  men: () => msg('Men'),
  seniors: () => msg('Older people'),
  refugees: () => msg('Refugees'),
  'eu-newcomers': () => msg('Newcomers from the EU'),
  professionals: () => msg('Professionals and staff'),
  students: () => msg('Pupils and students'),
  volunteers: () => msg('Volunteers'),
  everyone: () => msg('Everyone'),
};

/** A built-in audience's UI label, else the feed's own label, else the id. */
export function audienceLabel(id: string, catalog: Catalog, requested: string): ShownText | string {
  const builtIn = audienceLabels[id];
  if (builtIn) return builtIn();
  const custom = catalog.audiences.get(id);
  return (custom && pickText(custom.label, requested, catalog.feeds[0]?.language ?? 'de')) ?? id;
}

export function reasonLabel(reason: ProblemReason): string {
  switch (reason) {
    case 'missing':
      return msg('Required field is missing');
    case 'type':
      return msg('Wrong type of value');
    case 'format':
      return msg('Value has the wrong format');
    case 'value':
      return msg('Value is not one of the allowed values');
    case 'range':
      return msg('Value is too small, too large, too short or too long');
    case 'duplicate':
      return msg('The id is used twice');
    case 'reference':
      return msg('Refers to an id that does not exist; the link was removed');
  }
}
