// 应急响应 for the county leader: the posts asked of the leader (到岗确认, a leader answers for townships), then the
// county's responses, active first; one opens its live board. The county's warnings (预警信息), read-only.
import { Typography } from 'antd';
import { Page } from '../../../components/Page';
import { RefreshButton } from '../../../components/RefreshButton';
import { useT } from '../../../locales';
import { DutyPostsCard } from '../../../shared/emergency/DutyPostsCard';
import { ResponsePage } from '../../../shared/emergency/ResponsePage';
import { ResponsesTable, useResponsesList } from '../../../shared/emergency/ResponsesTable';
import { WarningsReadPage } from '../../../shared/emergency/WarningsTable';

export function LeaderResponsesPage() {
  const t = useT();
  const list = useResponsesList();
  return (
    <Page
      title={t('response.list.title')}
      testId="responses-page"
      extra={<RefreshButton onRefresh={list.refetch} iconOnly />}
    >
      <Typography.Paragraph type="secondary">{t('response.list.leaderIntro')}</Typography.Paragraph>
      <DutyPostsCard />
      <ResponsesTable portal="leader" list={list} />
    </Page>
  );
}

/** One response's live board, read-only: the leader watches the chain acknowledge and the townships report. */
export function LeaderResponsePage() {
  return <ResponsePage portal="leader" />;
}

/** The county's warnings and how many of the enterprises reached have acknowledged each. */
export function LeaderWarningsPage() {
  const t = useT();
  return <WarningsReadPage intro={t('warning.list.leaderIntro')} />;
}
