import { t } from '../../utils/i18n';

/**
 * "Set by your school", beside a setting the district set for every teacher (utils/school-policy/policy.ts): it says
 * why the controls cannot be changed, instead of leaving the teacher to wonder why they are greyed out.
 */
export function SetBySchool() {
  return <p class="set-by-school">{t('setBySchool')}</p>;
}
