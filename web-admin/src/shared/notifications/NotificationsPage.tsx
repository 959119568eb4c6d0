// 消息通知: the signed-in person's inbox in every portal — unread first to hand, marked read one by one or all at
// once (NotificationBell in the header counts what is unread).
import { CheckOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Segmented, Space, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useMutation } from '../../api/hooks';
import { CardList } from '../../components/CardList';
import { useConnectionList } from '../../components/ListTable';
import { Page } from '../../components/Page';
import { RefreshButton } from '../../components/RefreshButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../format';
import { useLocale } from '../../locales';
import { MarkNotificationsReadMutation, NotificationsQuery } from './queries';

type Choice = 'UNREAD' | 'ALL';

export function NotificationsPage() {
  const { t, locale } = useLocale();
  const [choice, setChoice] = useState<Choice>('UNREAD');
  const list = useConnectionList(
    NotificationsQuery,
    { unread: choice === 'UNREAD' ? true : null },
    (d) => d.notifications,
  );
  const mark = useMutation(MarkNotificationsReadMutation);
  const markRead = async (ids: string[]) => {
    if (ids.length === 0) return;
    if (await mark.run({ ids })) void list.refetch();
  };
  const unreadHere = list.rows.filter((n) => !n.read).map((n) => n.id);

  return (
    <Page
      title={t('notification.title')}
      testId="notifications-page"
      extra={
        <Space wrap>
          <Button
            icon={<CheckOutlined />}
            disabled={unreadHere.length === 0}
            loading={mark.loading}
            onClick={() => void markRead(unreadHere)}
            data-testid="notifications-read-all"
          >
            {t('notification.readAll')}
          </Button>
          <RefreshButton onRefresh={() => void list.refetch()} />
        </Space>
      }
    >
      <Segmented<Choice>
        style={{ marginBottom: 12 }}
        value={choice}
        onChange={setChoice}
        options={[
          { value: 'UNREAD', label: t('notification.unread') },
          { value: 'ALL', label: t('common.all') },
        ]}
      />
      <ErrorAlert error={mark.error} />
      <CardList
        list={list}
        testId="notification-list"
        empty={choice === 'UNREAD' ? t('notification.emptyUnread') : t('notification.empty')}
        render={(n) => (
          <Card
            size="small"
            data-testid="notification-card"
            title={
              <Space size={6}>
                {n.read ? null : <Badge status="processing" />}
                <Typography.Text strong={!n.read}>{n.title}</Typography.Text>
              </Space>
            }
            extra={
              n.read ? null : (
                <Tooltip title={t('notification.markRead')}>
                  <Button
                    size="small"
                    icon={<CheckOutlined />}
                    aria-label={t('notification.markRead')}
                    onClick={() => void markRead([n.id])}
                    data-testid="notification-read"
                  />
                </Tooltip>
              )
            }
          >
            <Typography.Paragraph style={{ marginBottom: 4 }}>{n.body}</Typography.Paragraph>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatDateTime(n.createdAt, locale)}
            </Typography.Text>
          </Card>
        )}
      />
    </Page>
  );
}
