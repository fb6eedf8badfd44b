import { DomainError } from '../errors.ts';
import type { UNIT_KINDS } from './position.entity.ts';

/** An employing unit is a host unit or an employer record; the prefix of its id says which. */
export const unitKindOf = (unitId: string): (typeof UNIT_KINDS)[number] =>
  unitId.startsWith('hst_') ? 'host_unit' : 'employer';

/** The refusal when a unit named by id does not exist, on the field that named it. */
export const missingUnit = () =>
  new DomainError('not_found', 'The employing unit was not found', {
    errors: [{ path: 'unitId', message: 'No such host unit or employer', code: 'not_found' }],
  });
