import { Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { shanghaiDayStart, toShanghaiDate } from '../format';
import { useT } from '../locales';

export interface Period {
  from: string | null;
  to: string | null;
}

const DAY = 86_400_000;

/**
 * A period of whole Shanghai days on the device's own date pickers (as DateTimeInput): the instants it gives are
 * [the start of the first day, the start of the day after the last), the window the API's filters take.
 * Days the server would refuse (more than a year back, two years ahead) cannot be picked; a reversed pair is not sent.
 */
export function DateRangeInput({
  value,
  onChange,
  label,
  testId,
}: {
  value: Period;
  onChange: (period: Period) => void;
  label: string;
  testId?: string;
}) {
  const t = useT();
  const shown = {
    from: value.from ? toShanghaiDate(new Date(value.from)) : '',
    to: value.to ? toShanghaiDate(new Date(Date.parse(value.to) - 1)) : '',
  };
  const [draft, setDraft] = useState(shown);
  // The period may change elsewhere (a drill-down link, the browser's back button): show it.
  const key = `${value.from ?? ''}|${value.to ?? ''}`;
  const [shownKey, setShownKey] = useState(key);
  if (shownKey !== key) {
    setShownKey(key);
    setDraft(shown);
  }
  const now = Date.now();
  const earliest = toShanghaiDate(new Date(now - 365 * DAY));
  const latest = toShanghaiDate(new Date(now + 730 * DAY));
  const reversed = draft.from !== '' && draft.to !== '' && draft.from > draft.to;

  const change = (next: { from: string; to: string }) => {
    setDraft(next);
    if (next.from !== '' && next.to !== '' && next.from > next.to) return;
    onChange({
      from: next.from ? shanghaiDayStart(next.from) : null,
      to: next.to ? shanghaiDayStart(next.to, 1) : null,
    });
  };

  return (
    <div role="group" aria-label={label} data-testid={testId}>
      <Space.Compact style={{ width: '100%' }}>
        <Space.Addon aria-hidden>{label}</Space.Addon>
        <Input
          type="date"
          value={draft.from}
          min={earliest}
          max={draft.to || latest}
          status={reversed ? 'error' : undefined}
          aria-label={t('period.from', { what: label })}
          title={t('period.from', { what: label })}
          data-testid={testId ? `${testId}-from` : undefined}
          onChange={(event) => change({ ...draft, from: event.target.value })}
        />
        <Space.Addon aria-hidden>~</Space.Addon>
        <Input
          type="date"
          value={draft.to}
          min={draft.from || earliest}
          max={latest}
          status={reversed ? 'error' : undefined}
          aria-label={t('period.to', { what: label })}
          title={t('period.to', { what: label })}
          data-testid={testId ? `${testId}-to` : undefined}
          onChange={(event) => change({ ...draft, to: event.target.value })}
        />
      </Space.Compact>
      {reversed ? (
        <Typography.Text type="danger" role="alert" style={{ fontSize: 12 }}>
          {t('period.reversed')}
        </Typography.Text>
      ) : null}
    </div>
  );
}
