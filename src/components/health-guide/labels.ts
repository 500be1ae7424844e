/** The words for the health vocabularies: specialities and insurance situations, in the UI language. */
import { msg } from '../../core/locale/localize.js';
import type { HealthSpeciality, InsuranceKind } from '../../core/feed/vocabulary.js';

export function specialityLabel(id: HealthSpeciality): string {
  switch (id) {
    case 'general':
      return msg('Family doctor (general practice)');
    case 'paediatrics':
      return msg('Doctor for children');
    case 'gynaecology':
      return msg('Doctor for women (gynaecology)');
    case 'dentist':
      return msg('Dentist');
    case 'psychotherapy':
      return msg('Psychotherapy');
    case 'psychiatry':
      return msg('Psychiatry');
    case 'internal':
      return msg('Internal medicine');
    case 'eyes':
      return msg('Eye doctor');
    case 'ent':
      return msg('Ear, nose and throat');
    case 'skin':
      return msg('Skin doctor');
    case 'orthopaedics':
      return msg('Bones and joints (orthopaedics)');
    case 'neurology':
      return msg('Nerves (neurology)');
    case 'urology':
      return msg('Urology');
    case 'midwife':
      return msg('Midwife');
    case 'hospital':
      return msg('Hospital');
    case 'on-call':
      return msg('On-call practice (nights and weekends)');
    case 'pharmacy':
      return msg('Pharmacy');
    case 'pregnancy-counselling':
      return msg('Pregnancy counselling');
    case 'addiction-counselling':
      return msg('Addiction counselling');
    case 'crisis':
      return msg('Crisis service');
    case 'psychosocial':
      return msg('Psychosocial counselling');
    case 'care-counselling':
      return msg('Care counselling (Pflegestützpunkt)');
    case 'disability-counselling':
      return msg('Counselling on disability');
    case 'health-counselling':
      return msg('Health counselling');
    case 'vaccination':
      return msg('Vaccination');
    case 'interpreting':
      return msg('Interpreters');
    case 'public-health-office':
      return msg('Public health office (Gesundheitsamt)');
  }
}

export function insuranceLabel(id: InsuranceKind): string {
  switch (id) {
    case 'statutory':
      return msg('Statutory health insurance');
    case 'private':
      return msg('Private health insurance');
    case 'none':
      return msg('No health insurance');
    case 'asylum-voucher':
      return msg('Treatment voucher (Behandlungsschein)');
    case 'asylum-card':
      return msg('Health card for asylum seekers');
    case 'ehic':
      return msg('European Health Insurance Card (EHIC)');
  }
}
