// One response as the county office and the leader read it: its head, the summary once ended, the live board (asked
// again every 10 seconds while active, so the page follows the chain's acknowledgements without a reload), the
// townships' reports and the level history. The office's actions come in through `actions`.
import { Card, Col, Result, Row, Space, Spin, Typography } from 'antd';
import { useCallback, type ReactNode } from 'react';
import { useParams } from 'react-router-dom';
import { useQuery } from '../../api/hooks';
import { BackButton } from '../../components/BackButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Page } from '../../components/Page';
import { RefreshButton } from '../../components/RefreshButton';
import { formatTimeOfDay } from '../../format';
import type { EmergencyResponseQuery as ResponseResult } from '../../gql/graphql';
import { useLocale } from '../../locales';
import { LevelHistory } from './LevelHistory';
import { EmergencyResponseQuery } from './queries';
import { ReportList } from './ReportList';
import { BOARD_POLL_MS, BoardView, useResponseBoard } from './ResponseBoard';
import { ResponseHead } from './ResponseHead';
import { responseName, responsesPath, ResponseLevelTag, ResponseStatusTag, type ResponsePortal } from './words';

export type LoadedResponse = Extract<NonNullable<ResponseResult['node']>, { __typename: 'EmergencyResponse' }>;

export function ResponsePage({
  portal,
  actions,
}: {
  portal: Extract<ResponsePortal, 'admin' | 'leader'>;
  /** The office's buttons for this response, given a way to read it again once they changed it. */
  actions?: (response: LoadedResponse, refresh: () => void) => ReactNode;
}) {
  const { t, locale } = useLocale();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(EmergencyResponseQuery, { id });
  const node = data?.node;
  const response = node?.__typename === 'EmergencyResponse' ? node : null;
  const reload = useCallback(() => void refetch(), [refetch]);
  // A level change, the end or a new report seen on the polled board reads the head, reports and history again.
  const board = useResponseBoard(id, response?.status === 'ACTIVE', reload);
  const { refetch: refetchBoard } = board;
  const refresh = useCallback(() => {
    void refetch();
    void refetchBoard();
  }, [refetch, refetchBoard]);

  if (loading && !data) return <Spin size="large" style={{ display: 'block', margin: 64 }} />;
  if (!response)
    return error ? (
      <ErrorAlert error={error} onRetry={refresh} />
    ) : (
      <Result status="404" title={t('response.notFound')} extra={<BackButton to={responsesPath(portal)} plain />} />
    );

  const active = response.status === 'ACTIVE';
  return (
    <Page
      title={
        <Space wrap>
          <span data-testid="response-title">{responseName(t, response)}</span>
          {/* The level's warning color (Ⅳ blue, Ⅲ yellow, Ⅱ orange, Ⅰ red) at a glance. */}
          <ResponseLevelTag level={response.level} />
          <ResponseStatusTag status={response.status} />
        </Space>
      }
      testId="response-page"
      extra={
        <>
          <BackButton to={responsesPath(portal)} />
          <RefreshButton onRefresh={refresh} iconOnly />
          {actions?.(response, refresh)}
        </>
      }
    >
      <ErrorAlert error={error} onRetry={refresh} />
      <Row gutter={[16, 16]}>
        <Col xs={24}>
          <ResponseHead response={response} />
        </Col>
        {response.summary ? (
          <Col xs={24}>
            <Card size="small" title={t('response.summary')}>
              <div className="response-summary" data-testid="response-summary">
                {response.summary}
              </div>
            </Card>
          </Col>
        ) : null}
        <Col xs={24}>
          <Card
            size="small"
            title={t(active ? 'response.board.title' : 'response.board.titleEnded')}
            extra={
              active && board.at ? (
                <Typography.Text type="secondary" data-testid="board-updated">
                  {t('response.board.updated', { s: BOARD_POLL_MS / 1000, at: formatTimeOfDay(board.at, locale) })}
                </Typography.Text>
              ) : null
            }
          >
            <ErrorAlert error={board.error} onRetry={() => void refetchBoard()} />
            <BoardView rows={board.rows} loading={board.loading} />
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card size="small" title={t('situation.title', { n: response.reports.length })}>
            <ReportList reports={response.reports} />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card size="small" title={t('response.history.title')}>
            <LevelHistory response={response} />
          </Card>
        </Col>
      </Row>
    </Page>
  );
}
