import { api, unwrap } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { today } from '../../lib/format';
import { useResource } from '../../lib/use-resource';
import { SelectField } from '../../ui/field';
import { contactLevelKey, labelIn, policyInForce } from './care';

/** The tiers of the policy in force today (organisers read the policy), for choosing whose people to list. */
export function useTiersInForce() {
  const policies = useResource(
    (signal) => unwrap(api.GET('/v1/talent-service/policies', { signal })),
    ['/v1/talent-service/policies'],
  );
  return policyInForce(policies.data?.items ?? [], today())?.tiers ?? [];
}

export function TierSelect({
  value,
  onChange,
  id = 'care-tier-filter',
  error,
}: {
  value: string;
  onChange: (tier: string) => void;
  id?: string;
  error?: string;
}) {
  const { t, lang } = useI18n();
  const tiers = useTiersInForce();
  return (
    <SelectField id={id} label={t('care.tier')} value={value} onChange={(e) => onChange(e.target.value)} error={error}>
      <option value="">—</option>
      {tiers.map((tier) => (
        <option key={tier.tier} value={tier.tier}>
          {labelIn(tier.label, lang)} · {t(contactLevelKey(tier.contactLevel))}
        </option>
      ))}
    </SelectField>
  );
}
