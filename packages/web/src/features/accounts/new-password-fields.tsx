import type { ReactNode } from 'react';
import { TextField } from '../../ui/field';

interface NewPasswordFieldsProps {
  /** The id of the new password's input, and the key of its error (`password`, `newPassword`). */
  id: string;
  label: ReactNode;
  hint: ReactNode;
  confirmLabel: ReactNode;
  password: string;
  confirm: string;
  onPassword(value: string): void;
  onConfirm(value: string): void;
  error?: string;
  confirmError?: string;
}

/** A new password typed twice, so a typo is caught before it locks the person out; the second is `confirm`. */
export function NewPasswordFields({
  id,
  label,
  hint,
  confirmLabel,
  password,
  confirm,
  onPassword,
  onConfirm,
  error,
  confirmError,
}: NewPasswordFieldsProps) {
  return (
    <>
      <TextField
        id={id}
        label={label}
        hint={hint}
        type="password"
        autoComplete="new-password"
        value={password}
        onChange={(e) => onPassword(e.target.value)}
        error={error}
        required
      />
      <TextField
        id="confirm"
        label={confirmLabel}
        type="password"
        autoComplete="new-password"
        value={confirm}
        onChange={(e) => onConfirm(e.target.value)}
        error={confirmError}
        required
      />
    </>
  );
}
