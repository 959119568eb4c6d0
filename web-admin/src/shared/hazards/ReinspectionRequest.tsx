// 申请复查: the enterprise of a hazard under an order to rectify (责令限期整改指令书), its rectification reported, applies
// for the 复查 once; the unit must then re-inspect within the 复查期限 and issue its 整改复查意见书. The server decides;
// this only offers the application while it would be taken, and says when it was made and by when the 复查 is due.
import { AuditOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { newIdempotencyKey } from '../../api/client';
import { useMutation } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../format';
import type { HazardStatus } from '../../gql/graphql';
import { useLocale } from '../../locales';
import { RequestReinspectionMutation } from './queries';

export interface ReinspectableHazard {
  id: string;
  status: HazardStatus;
  underOrder: boolean;
  verifyBy: string | null;
  reinspectionRequestedAt: string | null;
}

/** The application, or that it was made: nothing for a hazard that is not under an order or not reported. */
export function ReinspectionRequest({ hazard, onDone }: { hazard: ReinspectableHazard; onDone: () => void }) {
  const { t, locale } = useLocale();
  const { message } = App.useApp();
  const request = useMutation(RequestReinspectionMutation);
  const [key, setKey] = useState(newIdempotencyKey);

  if (!hazard.underOrder || hazard.status !== 'PENDING_VERIFICATION') return null;
  if (hazard.reinspectionRequestedAt)
    return (
      <Typography.Text type="success" data-testid="reinspection-requested">
        {t('hazard.reinspection.requested', { at: formatDateTime(hazard.verifyBy, locale) })}
      </Typography.Text>
    );

  const submit = async () => {
    const result = await request.run({ hazardId: hazard.id, idempotencyKey: key });
    if (!result) return;
    setKey(newIdempotencyKey());
    message.success(t('hazard.reinspection.done'));
    onDone();
  };

  return (
    <Space orientation="vertical" size={4} style={{ width: '100%' }}>
      {hazard.verifyBy ? (
        <Typography.Text type="secondary" data-testid="hazard-verify-by">
          {t('hazard.field.verifyBy')}：{formatDateTime(hazard.verifyBy, locale)}
        </Typography.Text>
      ) : null}
      <ErrorAlert error={request.error} />
      <Popconfirm
        title={t('hazard.reinspection.request')}
        description={<div style={{ maxWidth: 280 }}>{t('hazard.reinspection.requestIntro')}</div>}
        okText={t('hazard.reinspection.request')}
        cancelText={t('common.cancel')}
        onConfirm={() => void submit()}
      >
        <Button type="primary" icon={<AuditOutlined />} loading={request.loading} data-testid="reinspection-request">
          {t('hazard.reinspection.request')}
        </Button>
      </Popconfirm>
    </Space>
  );
}
