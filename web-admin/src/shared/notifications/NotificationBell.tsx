// The header's bell: how many notices are unread (polled each minute); it opens the portal's inbox.
import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Tooltip } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useQuery } from '../../api/hooks';
import type { Portal } from '../../access';
import { useLocale } from '../../locales';
import { UnreadNotificationsQuery } from './queries';

export function NotificationBell({ portal }: { portal: Portal }) {
  const { t } = useLocale();
  const navigate = useNavigate();
  const { data } = useQuery(UnreadNotificationsQuery, {}, { pollMs: 60_000 });
  const count = data?.notifications.totalCount ?? 0;
  return (
    <Tooltip title={t('notification.title')}>
      <Button
        type="text"
        aria-label={t('notification.bell', { n: count })}
        data-testid="notification-bell"
        onClick={() => void navigate(`/${portal}/notifications`)}
        icon={
          <Badge count={count} size="small" overflowCount={99}>
            <BellOutlined style={{ color: '#fff', fontSize: 18 }} />
          </Badge>
        }
      />
    </Tooltip>
  );
}
