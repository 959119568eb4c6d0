// 应急响应 in the regulator's and township's portal, laid out for a phone: first the posts asked of the signed-in
// person (到岗确认); then, for a township's people, each active response covering the township with its own row of
// the board (who of its chain is at post, who is late), when the next situation report is due, the 报送情况 form and
// the reports it sent. A department's person in a chain sees the responses that ask them. The warnings (预警信息)
// that reached the unit's enterprises, read-only.
import { FileAddOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Empty, Space, Spin, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { reportDueAfter } from '../../../../../domain/emergency-response';
import { useQuery } from '../../../api/hooks';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Page } from '../../../components/Page';
import { RefreshButton } from '../../../components/RefreshButton';
import { SimpleList } from '../../../components/SimpleList';
import { formatDate, formatDateTime } from '../../../format';
import type { ResponseFieldsFragment } from '../../../gql/graphql';
import { useLocale } from '../../../locales';
import { useUser } from '../../../session';
import { DutyPostsCard } from '../../../shared/emergency/DutyPostsCard';
import { EmergencyResponseQuery, EmergencyResponsesQuery } from '../../../shared/emergency/queries';
import { ReportList } from '../../../shared/emergency/ReportList';
import { BoardRowCard, useResponseBoard } from '../../../shared/emergency/ResponseBoard';
import { WarningsReadPage } from '../../../shared/emergency/WarningsTable';
import { minutesText, responseName, ResponseLevelTag } from '../../../shared/emergency/words';
import { SituationReportDialog } from './SituationReportDialog';

const TOWNSHIP_ROLES = ['TOWNSHIP_HEAD', 'TOWNSHIP_STAFF'];

/** One active response as the township works it: the head in brief, its board row, the next report, the form. */
function TownshipResponseCard({ response }: { response: ResponseFieldsFragment }) {
  const { t, locale } = useLocale();
  const { message } = App.useApp();
  const [reporting, setReporting] = useState(false);
  const detail = useQuery(EmergencyResponseQuery, { id: response.id });
  const node = detail.data?.node;
  const reports = node?.__typename === 'EmergencyResponse' ? node.reports : [];
  const { refetch: refetchDetail } = detail;
  const reload = useCallback(() => void refetchDetail(), [refetchDetail]);
  const board = useResponseBoard(response.id, true, reload);
  const row = board.rows[0];
  const ackDueAt = Date.parse(response.levelSince) + response.ackMinutes * 60_000;
  // The period a report sent now counts for (the level's cadence from its start), and whether it is in already.
  const policy = { ackMinutes: response.ackMinutes, reportEveryMinutes: response.reportEveryMinutes };
  const dueAt = reportDueAfter(new Date(response.levelSince), new Date(), policy).toISOString();
  const sent = reports.some((r) => r.periodDueAt === dueAt);
  const name = responseName(t, response);

  return (
    <Card
      size="small"
      data-testid="township-response"
      title={
        <Space wrap size={4}>
          <span>{name}</span>
          <ResponseLevelTag level={response.level} />
        </Space>
      }
    >
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <Descriptions
          size="small"
          column={1}
          items={[
            {
              key: 'since',
              label: t('response.field.levelSince'),
              children: formatDateTime(response.levelSince, locale),
            },
            {
              key: 'ack',
              label: t('response.field.ackDeadline'),
              children: t('response.ackDeadline', {
                within: minutesText(t, response.ackMinutes),
                at: formatDateTime(new Date(ackDueAt).toISOString(), locale),
              }),
            },
            ...(response.instructions
              ? [
                  {
                    key: 'instructions',
                    label: t('response.field.instructions'),
                    children: <span style={{ whiteSpace: 'pre-wrap' }}>{response.instructions}</span>,
                  },
                ]
              : []),
          ]}
        />
        <ErrorAlert error={board.error} onRetry={() => void board.refetch()} />
        {row ? <BoardRowCard row={row} /> : board.loading ? <Spin /> : null}
        <Card size="small" title={t('situation.title', { n: reports.length })}>
          <Typography.Paragraph data-testid="report-next-due" type={sent ? 'success' : 'warning'}>
            {t(sent ? 'situation.sentThisPeriod' : 'situation.nextDue', {
              at: formatDateTime(dueAt, locale),
              every: minutesText(t, response.reportEveryMinutes),
            })}
          </Typography.Paragraph>
          <Button
            type="primary"
            size="large"
            block
            icon={<FileAddOutlined />}
            onClick={() => setReporting(true)}
            data-testid="report-open"
            style={{ marginBottom: 12 }}
          >
            {t('situation.submitDialog.title')}
          </Button>
          <ErrorAlert error={detail.error} onRetry={reload} />
          <ReportList reports={reports} showTownship={false} />
        </Card>
      </Space>
      <SituationReportDialog
        responseId={response.id}
        title={name}
        open={reporting}
        onClose={() => setReporting(false)}
        onSubmitted={() => {
          setReporting(false);
          message.success(t('situation.done'));
          void detail.refetch();
          void board.refetch();
        }}
      />
    </Card>
  );
}

export function RegulatorResponsesPage() {
  const { t, locale } = useLocale();
  const user = useUser();
  const township = TOWNSHIP_ROLES.includes(user.role);
  const { data, loading, error, refetch } = useQuery(EmergencyResponsesQuery, { first: 50 });
  const responses = data?.emergencyResponses.edges.map((e) => e.node) ?? [];
  const covering = (r: ResponseFieldsFragment) => r.townships.some((u) => u.id === user.orgUnit?.id);
  const active = responses.filter((r) => r.status === 'ACTIVE');
  const ours = township ? active.filter(covering) : [];
  // Those the person is asked in without their township being covered (or a department's person in a chain).
  const others = active.filter((r) => !ours.includes(r));
  const ended = responses.filter((r) => r.status === 'ENDED');

  return (
    <Page
      title={t('response.list.title')}
      testId="responses-page"
      extra={<RefreshButton onRefresh={refetch} iconOnly />}
    >
      <DutyPostsCard />
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      {loading && !data ? <Spin size="large" style={{ display: 'block', margin: 32 }} /> : null}
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        {ours.map((response) => (
          <TownshipResponseCard key={response.id} response={response} />
        ))}
        {data && ours.length === 0 && township ? (
          <Card size="small">
            <Empty description={t('response.noneForTownship')} data-testid="responses-none" />
          </Card>
        ) : null}
        {others.length > 0 || (!township && data) ? (
          <Card size="small" title={t('response.asked')}>
            <SimpleList
              items={others}
              rowKey={(r) => r.id}
              itemTestId="response-row"
              empty={<Empty description={t('response.list.empty')} image={Empty.PRESENTED_IMAGE_SIMPLE} />}
              render={(r) => (
                <Space wrap size={4}>
                  <Typography.Text strong>{responseName(t, r)}</Typography.Text>
                  <ResponseLevelTag level={r.level} />
                  <Typography.Text type="secondary">
                    {r.townships.map((u) => u.name).join('、')} ·{' '}
                    {t('response.since', { at: formatDateTime(r.levelSince, locale) })}
                  </Typography.Text>
                </Space>
              )}
            />
          </Card>
        ) : null}
        {ended.length > 0 ? (
          <Card size="small" title={t('response.ended')}>
            <SimpleList
              items={ended}
              rowKey={(r) => r.id}
              empty={null}
              render={(r) => (
                <Space wrap size={4}>
                  <Typography.Text>{responseName(t, r)}</Typography.Text>
                  <Typography.Text type="secondary">
                    {formatDate(r.activatedAt, locale)} – {formatDate(r.endedAt, locale)}
                  </Typography.Text>
                </Space>
              )}
            />
          </Card>
        ) : null}
      </Space>
    </Page>
  );
}

/** The warnings that reached the unit's enterprises (a township's: those of its townships), its own counted. */
export function RegulatorWarningsPage() {
  const { t } = useLocale();
  return <WarningsReadPage intro={t('warning.list.unitIntro')} />;
}
