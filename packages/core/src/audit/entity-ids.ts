/**
 * The forms of id an audit entry names its record by, in one place so the trail can be searched by
 * every one of them. Most records have their own id; an intern's day, activity log and log week are
 * named by the registration and the date, a stipend statement by the cohort and the payee (those
 * records have no id of their own: their key is the pair).
 */
const ID = '[a-z]{3}_[0-9A-Z]{26}';
const DATE = '\\d{4}-\\d{2}-\\d{2}';

export const AUDIT_ENTITY_ID_FORMS = {
  /** `uni_…`, `crg_…`, `out_…`: a record with its own id. */
  own: ID,
  /** `crg_…:2025-07-01`: an intern's attendance day, activity log or log week (its Monday). */
  registrationDate: `${ID}:${DATE}`,
  /** `coh_…:crg_…` or `coh_…:mnt_…`: a stipend statement of an intern or a mentor. */
  cohortPayee: `${ID}:${ID}`,
} as const;

export const AUDIT_ENTITY_ID = new RegExp(`^(?:${Object.values(AUDIT_ENTITY_ID_FORMS).join('|')})$`);
