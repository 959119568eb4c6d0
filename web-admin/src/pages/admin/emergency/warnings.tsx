// 预警信息: the county office's warnings, newest first, with how many of the enterprises reached have acknowledged; a
// new one is issued from here to the operating enterprises of chosen townships and industries.
import { SoundOutlined } from '@ant-design/icons';
import { App, Button, Typography } from 'antd';
import { useState } from 'react';
import { Page } from '../../../components/Page';
import { RefreshButton } from '../../../components/RefreshButton';
import { useT } from '../../../locales';
import { useWarningsList, WarningsTable } from '../../../shared/emergency/WarningsTable';
import { IssueWarningDialog } from './components/IssueWarningDialog';

export function WarningsPage() {
  const t = useT();
  const { message } = App.useApp();
  const [issuing, setIssuing] = useState(false);
  const list = useWarningsList();
  const issue = () => setIssuing(true);
  return (
    <Page
      title={t('warning.list.title')}
      testId="warnings-page"
      extra={
        <>
          <RefreshButton onRefresh={list.refetch} iconOnly />
          <Button type="primary" danger icon={<SoundOutlined />} onClick={issue} data-testid="warning-issue">
            {t('warning.issue.action')}
          </Button>
        </>
      }
    >
      <Typography.Paragraph type="secondary">{t('warning.list.intro')}</Typography.Paragraph>
      <WarningsTable
        list={list}
        emptyAction={
          <Button type="primary" onClick={issue}>
            {t('warning.issue.action')}
          </Button>
        }
      />
      <IssueWarningDialog
        open={issuing}
        onClose={() => setIssuing(false)}
        onIssued={(warning) => {
          setIssuing(false);
          message.success(t('warning.issue.done', { n: warning.recipients }));
          void list.refetch();
        }}
      />
    </Page>
  );
}
