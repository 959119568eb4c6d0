// A response's head: since when and at which level, the current level's deadlines (to be at post, to report), the
// townships, why it was raised and what to do; once ended, when and why.
import { Card, Descriptions, Typography, type DescriptionsProps } from 'antd';
import type { ResponseFieldsFragment } from '../../gql/graphql';
import { formatDateTime } from '../../format';
import { useLocale } from '../../locales';
import { minutesText } from './words';

type Items = NonNullable<DescriptionsProps['items']>;

export function ResponseHead({ response }: { response: ResponseFieldsFragment }) {
  const { t, locale } = useLocale();
  const ackDueAt = new Date(Date.parse(response.levelSince) + response.ackMinutes * 60_000).toISOString();
  const items: Items = [
    {
      key: 'activatedAt',
      label: t('response.field.activatedAt'),
      children: formatDateTime(response.activatedAt, locale),
    },
    {
      key: 'levelSince',
      label: t('response.field.levelSince'),
      children: <span data-testid="response-level-since">{formatDateTime(response.levelSince, locale)}</span>,
    },
    {
      key: 'townships',
      label: t('response.field.townships'),
      children: <span data-testid="response-townships">{response.townships.map((u) => u.name).join('、')}</span>,
    },
  ];
  if (response.status === 'ACTIVE')
    items.push(
      {
        key: 'ackDeadline',
        label: t('response.field.ackDeadline'),
        children: (
          <span data-testid="response-ack-deadline">
            {t('response.ackDeadline', {
              within: minutesText(t, response.ackMinutes),
              at: formatDateTime(ackDueAt, locale),
            })}
          </span>
        ),
      },
      {
        key: 'reportEvery',
        label: t('response.field.reportEvery'),
        children: (
          <span data-testid="response-report-every">
            {t('response.reportEvery', { every: minutesText(t, response.reportEveryMinutes) })}
          </span>
        ),
      },
    );
  items.push({ key: 'reason', label: t('response.field.reason'), children: response.reason });
  if (response.instructions)
    items.push({
      key: 'instructions',
      label: t('response.field.instructions'),
      span: 'filled',
      children: <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{response.instructions}</Typography.Text>,
    });
  if (response.status === 'ENDED')
    items.push(
      { key: 'endedAt', label: t('response.field.endedAt'), children: formatDateTime(response.endedAt, locale) },
      { key: 'endReason', label: t('response.field.endReason'), children: response.endReason ?? '—' },
    );
  return (
    <Card size="small" data-testid="response-head">
      <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} items={items} />
    </Card>
  );
}
