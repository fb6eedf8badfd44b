import type { ResetCode } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { OneTimeCode } from '../../ui/invitation-code';

/** Hours a reset code works; the API's own limit, repeated here only for the instructions. */
const RESET_CODE_HOURS = 24;

/** A password reset code, returned once by the API: shown in the same one-time-code panel as an invitation. */
export function ResetCodePanel({ issued, onDone }: { issued: ResetCode; onDone(): void }) {
  const { t } = useI18n();
  return (
    <OneTimeCode
      code={issued.resetCode}
      path="/reset"
      testId="reset-code"
      title={t('users.reset_code_title', { name: issued.user.name, email: issued.user.email })}
      label={t('users.reset_code_label')}
      linkLabel={t('users.reset_code_link')}
      instructions={t('users.reset_code_instructions', { hours: RESET_CODE_HOURS })}
      onDone={onDone}
    />
  );
}
