// 应急响应: the county office's responses, active first; a new one is activated from here over the townships it
// covers, and every 包保 link there is told to be at post.
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Page } from '../../../components/Page';
import { RefreshButton } from '../../../components/RefreshButton';
import { useT } from '../../../locales';
import { DutyPostsCard } from '../../../shared/emergency/DutyPostsCard';
import { ResponsesTable, useResponsesList } from '../../../shared/emergency/ResponsesTable';
import { responsePath } from '../../../shared/emergency/words';
import { ActivateResponseDialog } from './components/ActivateResponseDialog';

export function ResponsesPage() {
  const t = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [activating, setActivating] = useState(false);
  const list = useResponsesList();
  const activate = () => setActivating(true);
  return (
    <Page
      title={t('response.list.title')}
      testId="responses-page"
      extra={
        <>
          <RefreshButton onRefresh={list.refetch} iconOnly />
          <Button type="primary" danger icon={<PlusOutlined />} onClick={activate} data-testid="response-activate">
            {t('response.activate.action')}
          </Button>
        </>
      }
    >
      <Typography.Paragraph type="secondary">{t('response.list.intro')}</Typography.Paragraph>
      <DutyPostsCard />
      <ResponsesTable
        portal="admin"
        list={list}
        emptyAction={
          <Button type="primary" onClick={activate}>
            {t('response.activate.action')}
          </Button>
        }
      />
      <ActivateResponseDialog
        open={activating}
        onClose={() => setActivating(false)}
        onActivated={(id) => {
          setActivating(false);
          message.success(t('response.activate.done'));
          void navigate(responsePath('admin', id));
        }}
      />
    </Page>
  );
}
