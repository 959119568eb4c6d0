import { Input } from 'antd';

/** A native date-and-time field (the tablet's own picker), its value a Shanghai wall-clock `YYYY-MM-DDTHH:mm`. */
export function DateTimeInput({
  value,
  onChange,
  testId,
  ariaLabel,
  id,
}: {
  value?: string;
  onChange?: (value: string) => void;
  testId?: string;
  ariaLabel?: string;
  id?: string;
}) {
  return (
    <Input
      id={id}
      type="datetime-local"
      value={value ?? ''}
      onChange={(event) => onChange?.(event.target.value)}
      data-testid={testId}
      aria-label={ariaLabel}
      style={{ maxWidth: 260 }}
    />
  );
}
