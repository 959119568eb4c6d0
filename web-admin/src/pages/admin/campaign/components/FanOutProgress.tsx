// While a new campaign fans out, its task count grows: poll it until it reaches the expected count or stops moving.
import { Alert, Progress, Space, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useQuery } from '../../../../api/hooks';
import { useT } from '../../../../locales';
import { CampaignFanOutQuery } from '../queries';

const POLL_MS = 1000;
const STABLE_POLLS = 4;

export function FanOutProgress({
  campaignId,
  expected,
  onSettled,
}: {
  campaignId: string;
  expected: number | null;
  onSettled: () => void;
}) {
  const t = useT();
  const [settled, setSettled] = useState(false);
  const { data } = useQuery(CampaignFanOutQuery, { id: campaignId }, { pollMs: settled ? undefined : POLL_MS });
  const history = useRef<number[]>([]);
  const created = Math.max(data?.campaign?.progress.tasksTotal ?? 0, data?.campaign?.tasks.totalCount ?? 0);

  useEffect(() => {
    if (!data || settled) return;
    history.current = [...history.current, created].slice(-STABLE_POLLS);
    const reached = expected !== null && created >= expected;
    const stable =
      created > 0 && history.current.length === STABLE_POLLS && history.current.every((n) => n === created);
    if (reached || stable) {
      setSettled(true);
      onSettled();
    }
  }, [data, created, expected, settled, onSettled]);

  const target = expected ?? created;
  const percent = settled ? 100 : target > 0 ? Math.min(99, Math.floor((created / target) * 100)) : 0;
  return (
    <Alert
      type={settled ? 'success' : 'info'}
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="fanout-progress"
      data-settled={settled ? 'true' : 'false'}
      title={settled ? t('campaign.fanout.done', { n: created }) : t('campaign.fanout.running')}
      description={
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Progress
            percent={percent}
            status={settled ? 'success' : 'active'}
            aria-label={t('campaign.fanout.running')}
          />
          <Typography.Text type="secondary" data-testid="fanout-count">
            {expected !== null
              ? t('campaign.fanout.countOf', { n: created, total: expected })
              : t('campaign.fanout.count', { n: created })}
          </Typography.Text>
        </Space>
      }
    />
  );
}
