// 五落实 of a rectification report besides its measures — 责任 (responsible), 资金 (funds), 时限 (completed at),
// 预案 (contingency plan) — as rows of an Ant Design Descriptions, the same wherever a report is read: the verify
// dialog, the county office's sign-off and the hazard's detail.
import { Descriptions } from 'antd';
import type { ReactElement } from 'react';
import { formatDateTime, formatYuan } from '../../format';
import type { Locale, Translate } from '../../locales';

export interface FiveItems {
  rectificationResponsible: string | null;
  rectificationFunds: number | null;
  rectificationCompletedAt: string | null;
  rectificationContingencyPlan: string | null;
}

/**
 * The rows to put among a Descriptions' items (an array of `Descriptions.Item`, which Descriptions reads as its
 * children). Items not given are left out, or shown as "—" with `always` (the sign-off, where a gap is the news).
 */
export function fiveItemRows(
  hazard: FiveItems,
  t: Translate,
  locale: Locale,
  { always = false }: { always?: boolean } = {},
): ReactElement[] {
  const rows: [key: string, label: string, value: string | null][] = [
    ['responsible', t('rectification.report.responsible'), hazard.rectificationResponsible],
    [
      'funds',
      t('rectification.report.funds'),
      hazard.rectificationFunds === null ? null : formatYuan(hazard.rectificationFunds, locale),
    ],
    [
      'completedAt',
      t('rectification.report.completedAt'),
      hazard.rectificationCompletedAt ? formatDateTime(hazard.rectificationCompletedAt, locale) : null,
    ],
    ['contingencyPlan', t('rectification.report.contingencyPlan'), hazard.rectificationContingencyPlan],
  ];
  return rows
    .filter(([, , value]) => always || value)
    .map(([key, label, value]) => (
      <Descriptions.Item key={key} label={label}>
        {value ?? '—'}
      </Descriptions.Item>
    ));
}
