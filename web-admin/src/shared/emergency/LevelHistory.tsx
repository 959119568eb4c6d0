// A response's levels over time: raised at its first level, then each change with its reason, then its end.
import { Timeline, Typography } from 'antd';
import type { ResponseLevel } from '../../gql/graphql';
import { formatDateTime } from '../../format';
import { useLocale } from '../../locales';

export interface LevelChange {
  fromLevel: ResponseLevel;
  toLevel: ResponseLevel;
  reason: string;
  changedAt: string;
}

export function LevelHistory({
  response,
}: {
  response: {
    level: ResponseLevel;
    reason: string;
    activatedAt: string;
    endedAt: string | null;
    endReason: string | null;
    levelChanges: readonly LevelChange[];
  };
}) {
  const { t, locale } = useLocale();
  const first = response.levelChanges[0]?.fromLevel ?? response.level;
  const level = (l: ResponseLevel) => t(`enum.responseLevel.${l}`);
  const line = (title: string, at: string | null, reason: string | null, testId: string) => (
    <div data-testid={testId}>
      <Typography.Text strong>{title}</Typography.Text>
      <Typography.Text type="secondary"> · {formatDateTime(at, locale)}</Typography.Text>
      {reason ? <div>{reason}</div> : null}
    </div>
  );
  const items = [
    {
      color: 'blue',
      content: line(
        t('response.history.activated', { level: level(first) }),
        response.activatedAt,
        response.reason,
        'level-history-item',
      ),
    },
    ...response.levelChanges.map((change) => ({
      color: 'orange',
      content: line(
        t('response.history.changed', { from: level(change.fromLevel), to: level(change.toLevel) }),
        change.changedAt,
        change.reason,
        'level-history-item',
      ),
    })),
  ];
  if (response.endedAt)
    items.push({
      color: 'gray',
      content: line(t('response.history.ended'), response.endedAt, response.endReason, 'level-history-item'),
    });
  return <Timeline data-testid="level-history" items={items} />;
}
