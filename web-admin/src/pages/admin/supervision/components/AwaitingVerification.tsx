// 次日核查: what the units reported rectified in this round, for the supervision group to verify (pass closes it, reject
// sends it back with a new deadline) in the dialog the units use for their own hazards.
import { CheckCircleOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useQuery } from '../../../../api/hooks';
import { TwoLines } from '../../../../components/cells';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { SimpleList } from '../../../../components/SimpleList';
import { HazardLevelTag } from '../../../../components/tags';
import { formatDateTime } from '../../../../format';
import type { HazardListQuery } from '../../../../gql/graphql';
import { useLocale } from '../../../../locales';
import { useUser } from '../../../../session';
import { HazardListQuery as ListQuery } from '../../../../shared/hazards/queries';
import { VerifyDialog } from '../../../regulator/rectification/components/VerifyDialog';

type Hazard = HazardListQuery['hazards']['edges'][number]['node'];

export function AwaitingVerification({
  roundId,
  refreshKey,
  onVerified,
}: {
  roundId: string;
  refreshKey: number;
  onVerified: () => void;
}) {
  const { t, locale } = useLocale();
  const user = useUser();
  const { message } = App.useApp();
  const [verifying, setVerifying] = useState<Hazard | null>(null);
  const { data, loading, error, refetch } = useQuery(ListQuery, {
    filter: { campaignId: roundId, status: ['PENDING_VERIFICATION'] },
    first: 100,
  });
  useEffect(() => {
    if (refreshKey > 0) void refetch();
  }, [refreshKey, refetch]);
  const hazards = data?.hazards;

  return (
    <Card
      size="small"
      loading={loading && !data}
      title={t('supervision.verify.title', { n: hazards?.totalCount ?? 0 })}
      data-testid="supervision-awaiting"
    >
      <ErrorAlert
        error={error}
        onRetry={() => {
          void refetch();
        }}
      />
      <SimpleList
        items={hazards?.edges.map((e) => e.node) ?? []}
        rowKey={(hazard) => hazard.id}
        itemTestId="awaiting-hazard"
        empty={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('supervision.verify.empty')} />}
        render={(hazard) => (
          <TwoLines
            main={
              <Space size={6} wrap>
                <HazardLevelTag level={hazard.level} />
                <Typography.Text strong>{hazard.description}</Typography.Text>
              </Space>
            }
            detail={t('supervision.verify.detail', {
              enterprise: hazard.enterprise.name,
              unit: hazard.regulator.name,
              at: formatDateTime(hazard.reportedAt, locale),
            })}
          />
        )}
        actions={(hazard) =>
          hazard.verifierUnit.id === user.orgUnit?.id ? (
            <Button
              type="primary"
              icon={<CheckCircleOutlined />}
              onClick={() => setVerifying(hazard)}
              data-testid="supervision-verify-open"
            >
              {t('supervision.verify.action')}
            </Button>
          ) : null
        }
      />
      <VerifyDialog
        hazard={verifying}
        onClose={() => setVerifying(null)}
        onDone={(passed) => {
          setVerifying(null);
          message.success(passed ? t('rectification.verify.passed') : t('rectification.verify.rejected'));
          onVerified();
        }}
      />
    </Card>
  );
}
