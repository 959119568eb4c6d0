import { InputNumber, Select, Space } from 'antd';
import { useT } from '../../../../locales';
import { joinDuration, splitDuration, type DurationUnit } from '../ladder';

/** A duration as a count and a unit (hours, days, working days); the form holds its ISO-8601 text. */
export function DurationInput({
  value,
  onChange,
  ariaLabel,
  testId,
}: {
  value?: string;
  onChange?: (value: string) => void;
  ariaLabel: string;
  testId?: string;
}) {
  const t = useT();
  const split = value ? splitDuration(value) : null;
  const n = split?.n ?? 1;
  const unit: DurationUnit = split?.unit ?? 'days';
  return (
    <Space.Compact data-testid={testId}>
      <InputNumber
        min={1}
        max={3650}
        precision={0}
        value={n}
        aria-label={ariaLabel}
        style={{ width: 90 }}
        onChange={(next) => onChange?.(joinDuration(typeof next === 'number' ? next : 1, unit))}
      />
      <Select<DurationUnit>
        value={unit}
        aria-label={t('ladder.unit')}
        style={{ width: 110 }}
        onChange={(next) => onChange?.(joinDuration(n, next))}
        options={[
          { value: 'hours', label: t('ladder.unit.hours') },
          { value: 'days', label: t('ladder.unit.days') },
          { value: 'workingDays', label: t('ladder.unit.workingDays') },
        ]}
      />
    </Space.Compact>
  );
}
