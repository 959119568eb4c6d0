// One 督导 round: its window, its units with their site checks, findings and ledger check (recorded from here), the
// site checks of the drawn enterprises, and what the units reported rectified for the next-day verification.
import { AuditOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Descriptions, Result, Row, Space, Spin } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Navigate, useNavigate, useParams } from 'react-router-dom';
import { useQuery } from '../../../api/hooks';
import { BackButton } from '../../../components/BackButton';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Page } from '../../../components/Page';
import { RefreshButton } from '../../../components/RefreshButton';
import { CampaignStatusTag } from '../../../components/tags';
import { formatDateTime } from '../../../format';
import type { SupervisionRoundQuery as RoundResult, SupervisionTargetFieldsFragment } from '../../../gql/graphql';
import { useLocale } from '../../../locales';
import { AwaitingVerification } from './components/AwaitingVerification';
import { LedgerCheckDialog } from './components/LedgerCheckDialog';
import { SiteChecksTable } from './components/SiteChecksTable';
import { TargetsTable } from './components/TargetsTable';
import { SUPERVISION_PATH } from './paths';
import { SupervisionRoundQuery } from './queries';

type Round = NonNullable<RoundResult['campaign']>;

const DRAW_POLL_MS = 2000;
/** The draw runs in the round's workflow as soon as it starts: a few minutes of asking is more than enough. */
const DRAW_POLLS = 90;

/** While a running round has no site check yet, its draw is under way: ask again until the tasks are there. */
function useDrawWait(round: Round | null, refresh: () => void): boolean {
  const [polls, setPolls] = useState(0);
  const waiting =
    round !== null &&
    round.status === 'ACTIVE' &&
    round.supervisedUnits.every((unit) => unit.siteChecks === 0) &&
    polls < DRAW_POLLS;
  useEffect(() => {
    if (!waiting) return undefined;
    const timer = setTimeout(() => {
      setPolls((n) => n + 1);
      refresh();
    }, DRAW_POLL_MS);
    return () => clearTimeout(timer);
  }, [waiting, polls, refresh]);
  return waiting;
}

export function SupervisionRoundPage() {
  const { t, locale } = useLocale();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [refreshKey, setRefreshKey] = useState(0);
  const [ledger, setLedger] = useState<SupervisionTargetFieldsFragment | null>(null);
  const { data, loading, error, refetch } = useQuery(SupervisionRoundQuery, { id });
  const refresh = useCallback(() => {
    void refetch();
    setRefreshKey((k) => k + 1);
  }, [refetch]);
  const round = data?.campaign ?? null;
  const drawing = useDrawWait(round, refresh);

  if (loading && !data) return <Spin size="large" style={{ display: 'block', margin: 64 }} />;
  if (!round) {
    return error ? (
      <ErrorAlert error={error} onRetry={refresh} />
    ) : (
      <Result status="404" title={t('supervision.round.notFound')} extra={<BackButton to={SUPERVISION_PATH} plain />} />
    );
  }
  // A campaign's address typed here: its own page.
  if (round.kind !== 'SUPERVISION') return <Navigate to={`/admin/campaigns/${encodeURIComponent(round.id)}`} replace />;

  return (
    <Page
      title={
        <Space wrap>
          {round.name}
          <CampaignStatusTag status={round.status} />
        </Space>
      }
      testId="supervision-round-page"
      extra={
        <>
          <BackButton to={SUPERVISION_PATH} />
          <RefreshButton onRefresh={refresh} iconOnly />
          <Button
            icon={<AuditOutlined />}
            onClick={() => void navigate(`/admin/audit?subjectId=${encodeURIComponent(round.id)}`)}
          >
            {t('common.auditLog')}
          </Button>
        </>
      }
    >
      <ErrorAlert error={error} onRetry={refresh} />
      {drawing ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('supervision.round.drawing')}
          data-testid="supervision-drawing"
        />
      ) : null}
      <Row gutter={[16, 16]}>
        <Col xs={24}>
          <Card size="small">
            <Descriptions size="small" column={{ xs: 1, md: 3 }}>
              <Descriptions.Item label={t('supervision.field.window')}>
                <span data-testid="supervision-window">
                  {formatDateTime(round.startsAt, locale)} – {formatDateTime(round.endsAt, locale)}
                </span>
              </Descriptions.Item>
              <Descriptions.Item label={t('supervision.field.taskDueAt')}>
                {formatDateTime(round.taskDueAt, locale)}
              </Descriptions.Item>
              <Descriptions.Item label={t('supervision.field.template')}>
                {round.checklistTemplate?.name ?? t('launch.field.noTemplate')}
              </Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24}>
          <TargetsTable targets={round.supervisedUnits} onLedger={setLedger} />
        </Col>
        <Col xs={24}>
          <AwaitingVerification roundId={round.id} refreshKey={refreshKey} onVerified={refresh} />
        </Col>
        <Col xs={24}>
          <SiteChecksTable roundId={round.id} refreshKey={refreshKey} />
        </Col>
      </Row>
      <LedgerCheckDialog
        campaignId={round.id}
        target={ledger}
        onClose={() => setLedger(null)}
        onRecorded={(target) => {
          // The check as recorded, read-only, in place of the form.
          setLedger(target);
          message.success(t('supervision.ledger.done', { unit: target.unit.name }));
          refresh();
        }}
      />
    </Page>
  );
}
