// A clearable filter on one regulator or township, as the ledger and the inspection list offer it.
import { Select } from 'antd';

export function OrgUnitFilter({
  units,
  label,
  value,
  onChange,
  testId,
}: {
  units: readonly { id: string; name: string }[];
  label: string;
  value: string | null;
  onChange: (id: string | null) => void;
  testId: string;
}) {
  return (
    <Select
      allowClear
      style={{ width: '100%' }}
      aria-label={label}
      placeholder={label}
      value={value ?? undefined}
      options={units.map((u) => ({ value: u.id, label: u.name }))}
      onChange={(v?: string) => onChange(v ?? null)}
      data-testid={testId}
    />
  );
}
