// 预警信息 on the enterprise's phone: each warning the county office sent it, its level and what to do, with a big
// 确认收到 button until the enterprise acknowledges it, and the time it did after. The home page's banner counts the
// warnings still awaiting acknowledgement.
import { CheckCircleFilled, CheckCircleOutlined, SoundOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Space, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useMutation, useQuery } from '../../api/hooks';
import { CardList } from '../../components/CardList';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useConnectionList } from '../../components/ListTable';
import { Page } from '../../components/Page';
import { RefreshButton } from '../../components/RefreshButton';
import { formatDateTime } from '../../format';
import type { WarningFieldsFragment as Warning } from '../../gql/graphql';
import { useLocale } from '../../locales';
import { AcknowledgeWarningMutation, WarningsQuery } from '../../shared/emergency/queries';
import { WarningLevelTag } from '../../shared/emergency/words';

export const WARNINGS_PATH = '/enterprise/warnings';

function WarningCard({ warning, onAcknowledged }: { warning: Warning; onAcknowledged: () => void }) {
  const { t, locale } = useLocale();
  const { message } = App.useApp();
  const acknowledge = useMutation(AcknowledgeWarningMutation);
  const pending = !warning.acknowledgedAt;
  const overdue = pending && Date.parse(warning.ackDueAt) < Date.now();

  const submit = async () => {
    if (!(await acknowledge.run({ id: warning.id }))) return;
    message.success(t('warning.ack.done'));
    onAcknowledged();
  };

  return (
    <Card
      size="small"
      className={pending ? 'warning-card warning-card-open' : 'warning-card'}
      data-testid="warning-card"
      data-acknowledged={pending ? 'false' : 'true'}
    >
      <Space orientation="vertical" size={8} style={{ width: '100%' }}>
        <Space wrap size={[8, 4]} align="center">
          <WarningLevelTag level={warning.level} />
          <Typography.Text strong style={{ fontSize: 16 }} data-testid="warning-title">
            {warning.title}
          </Typography.Text>
        </Space>
        <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }} data-testid="warning-content">
          {warning.content}
        </Typography.Paragraph>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('warning.issuedAt', { at: formatDateTime(warning.issuedAt, locale) })}
        </Typography.Text>
        {warning.acknowledgedAt ? (
          <Alert
            type="success"
            showIcon
            icon={<CheckCircleFilled />}
            title={
              <span data-testid="warning-acked">
                {t('warning.ack.at', { at: formatDateTime(warning.acknowledgedAt, locale) })}
              </span>
            }
          />
        ) : (
          <>
            <Typography.Text type={overdue ? 'danger' : 'warning'} strong={overdue} data-testid="warning-due">
              {t(overdue ? 'warning.ack.overdue' : 'warning.ack.due', {
                at: formatDateTime(warning.ackDueAt, locale),
              })}
            </Typography.Text>
            <ErrorAlert error={acknowledge.error} />
            <Button
              type="primary"
              size="large"
              block
              icon={<CheckCircleOutlined />}
              loading={acknowledge.loading}
              onClick={() => void submit()}
              className="duty-ack-button"
              data-testid="warning-ack"
            >
              {t('warning.ack.action')}
            </Button>
          </>
        )}
      </Space>
    </Card>
  );
}

export function EnterpriseWarningsPage() {
  const t = useLocale().t;
  const list = useConnectionList(WarningsQuery, {}, (d) => d.warnings);
  return (
    <Page
      title={t('warning.list.title')}
      testId="warnings-page"
      extra={<RefreshButton onRefresh={list.refetch} iconOnly />}
    >
      <Typography.Paragraph type="secondary">{t('warning.list.enterpriseIntro')}</Typography.Paragraph>
      <CardList
        list={list}
        testId="warning-list"
        empty={t('warning.list.enterpriseEmpty')}
        render={(warning) => <WarningCard warning={warning} onAcknowledged={() => void list.refetch()} />}
      />
    </Page>
  );
}

/** On the enterprise's home: how many of its latest warnings await acknowledgement, and the way to them. */
export function PendingWarningsBanner() {
  const t = useLocale().t;
  const navigate = useNavigate();
  const { data } = useQuery(WarningsQuery, { first: 20 });
  const pending = data?.warnings.edges.filter((e) => !e.node.acknowledgedAt).length ?? 0;
  if (pending === 0) return null;
  return (
    <Alert
      type="error"
      showIcon
      icon={<SoundOutlined />}
      style={{ marginBottom: 12 }}
      title={t('warning.pending', { n: pending })}
      data-testid="warnings-pending"
      action={
        <Button size="small" danger onClick={() => void navigate(WARNINGS_PATH)} data-testid="warnings-pending-open">
          {t('warning.pendingOpen')}
        </Button>
      }
    />
  );
}
