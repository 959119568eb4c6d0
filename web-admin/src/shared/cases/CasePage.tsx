// One 行政处罚案件: its facts and deadlines, where it stands among the nine statuses, the steps the viewer may take
// now (each a small form), every step taken, and its documents (立案审批表, 告知书, 决定书, 结案审批表) with their PDFs.
import { Button, Card, Col, Descriptions, Empty, Result, Row, Space, Spin, Steps, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { useQuery } from '../../api/hooks';
import { BackButton } from '../../components/BackButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Page } from '../../components/Page';
import { RefreshButton } from '../../components/RefreshButton';
import { formatDateTime, formatYuan } from '../../format';
import type { CaseAction, CaseFieldsFragment, CaseQuery as CaseResult } from '../../gql/graphql';
import { useLocale, type MessageKey } from '../../locales';
import { useUser } from '../../session';
import { DocumentsCard } from '../documents/DocumentsCard';
import { AdvanceCaseDialog } from './AdvanceCaseDialog';
import { CaseDeadline, CaseStatusTag } from './CaseParts';
import { CaseQuery } from './queries';
import { CASE_STATUSES, stepsFor } from './rules';

type Case = CaseFieldsFragment;

function asCase(node: CaseResult['node'] | undefined): Case | null {
  return node?.__typename === 'EnforcementCase' ? node : null;
}

const EVENT_COLORS: Record<string, string> = { OPEN: 'blue', REMINDED: 'gold', OVERDUE: 'red', ARCHIVE: 'green' };
const CASE_ACTION_SET = new Set<string>([
  'INVESTIGATE',
  'NOTIFY',
  'RECORD_STATEMENT',
  'REQUEST_HEARING',
  'HOLD_HEARING',
  'REVIEW',
  'DECIDE',
  'SERVE',
  'EXECUTE',
  'CLOSE',
  'ARCHIVE',
]);

function eventName(action: string): MessageKey {
  if (CASE_ACTION_SET.has(action)) return `enum.caseAction.${action as CaseAction}`;
  if (action === 'REMINDED' || action === 'OVERDUE') return `case.event.${action}`;
  return 'case.event.OPEN';
}

function Facts({ c }: { c: Case }) {
  const { t, locale } = useLocale();
  const at = (value: string | null | undefined) => formatDateTime(value, locale);
  const yuan = (value: number | null | undefined) =>
    value === null || value === undefined ? '—' : formatYuan(value, locale);
  return (
    <Descriptions column={1} size="small" bordered styles={{ label: { width: 160 } }} data-testid="case-facts">
      <Descriptions.Item label={t('case.field.enterprise')}>{c.enterprise.name}</Descriptions.Item>
      <Descriptions.Item label={t('case.field.unit')}>{c.unit.name}</Descriptions.Item>
      <Descriptions.Item label={t('case.field.handlers')}>
        <span data-testid="case-handlers">{c.handlerNames.join('、')}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('case.field.source')}>
        {t(c.hazard ? 'case.source.hazard' : 'case.source.inspection')}
      </Descriptions.Item>
      <Descriptions.Item label={t('case.field.violation')}>
        <span data-testid="case-violation">{c.violation}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('case.field.legalBasis')}>{c.legalBasis}</Descriptions.Item>
      <Descriptions.Item label={t('case.field.filedAt')}>{at(c.filedAt)}</Descriptions.Item>
      <Descriptions.Item label={t('case.field.decisionDueAt')}>{at(c.decisionDueAt)}</Descriptions.Item>
      {c.notifiedAt ? (
        <>
          <Descriptions.Item label={t('case.field.notifiedAt')}>{at(c.notifiedAt)}</Descriptions.Item>
          <Descriptions.Item label={t('case.field.proposedPenalty')}>{yuan(c.proposedPenaltyYuan)}</Descriptions.Item>
          <Descriptions.Item label={t('case.field.statementDueAt')}>{at(c.statementDueAt)}</Descriptions.Item>
          <Descriptions.Item label={t('case.field.statement')}>{c.statement ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('case.field.hearingDueAt')}>{at(c.hearingDueAt)}</Descriptions.Item>
          <Descriptions.Item label={t('case.field.hearing')}>
            <span data-testid="case-hearing">
              {t(
                c.hearingHeld
                  ? 'case.hearing.held'
                  : c.hearingRequested
                    ? 'case.hearing.requested'
                    : 'case.hearing.none',
              )}
            </span>
          </Descriptions.Item>
        </>
      ) : null}
      {c.decidedAt ? (
        <>
          <Descriptions.Item label={t('case.field.decidedAt')}>{at(c.decidedAt)}</Descriptions.Item>
          <Descriptions.Item label={t('case.field.penalty')}>
            <span data-testid="case-penalty-decided">{yuan(c.penaltyYuan)}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('case.field.serviceDueAt')}>{at(c.serviceDueAt)}</Descriptions.Item>
        </>
      ) : null}
      {c.servedAt ? (
        <>
          <Descriptions.Item label={t('case.field.servedAt')}>{at(c.servedAt)}</Descriptions.Item>
          <Descriptions.Item label={t('case.field.paymentDueAt')}>{at(c.paymentDueAt)}</Descriptions.Item>
        </>
      ) : null}
      {c.executedAt ? (
        <Descriptions.Item label={t('case.field.executedAt')}>{at(c.executedAt)}</Descriptions.Item>
      ) : null}
      {c.closedAt ? <Descriptions.Item label={t('case.field.closedAt')}>{at(c.closedAt)}</Descriptions.Item> : null}
      {c.archivedAt ? (
        <>
          <Descriptions.Item label={t('case.field.archivedAt')}>{at(c.archivedAt)}</Descriptions.Item>
          <Descriptions.Item label={t('case.field.archiveNumber')}>
            <span data-testid="case-archive-number-shown">{c.archiveNumber ?? '—'}</span>
          </Descriptions.Item>
        </>
      ) : null}
    </Descriptions>
  );
}

function Progress({ c }: { c: Case }) {
  const { t } = useLocale();
  const current = CASE_STATUSES.indexOf(c.status);
  return (
    <Steps
      size="small"
      current={current}
      status={c.status === 'ARCHIVED' ? 'finish' : 'process'}
      items={CASE_STATUSES.map((status) => ({ title: t(`case.step.${status}`) }))}
      data-testid="case-steps"
    />
  );
}

function Events({ c }: { c: Case }) {
  const { t, locale } = useLocale();
  if (c.events.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return (
    <Timeline
      items={c.events.map((event) => ({
        color: EVENT_COLORS[event.action] ?? 'blue',
        content: (
          <div data-testid="case-event" data-action={event.action}>
            <Typography.Text strong>{t(eventName(event.action))}</Typography.Text>
            <Typography.Text type="secondary">
              {' '}
              · {formatDateTime(event.at, locale)}
              {event.actorName ? ` · ${event.actorName}` : ''}
            </Typography.Text>
            {event.note ? <div>{event.note}</div> : null}
          </div>
        ),
      }))}
    />
  );
}

/** The record of the case in the path's `:id`; `basePath` is the desk it was opened from. */
export function CasePage({ basePath, readOnly = false }: { basePath: string; readOnly?: boolean }) {
  const { t } = useLocale();
  const user = useUser();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(CaseQuery, { id });
  const [taking, setTaking] = useState<CaseAction | null>(null);
  // Each step may issue a document: the documents card asks afresh after one.
  const [documentsRound, setDocumentsRound] = useState(0);
  const c = asCase(data?.node);

  if (loading && !data) return <Spin size="large" style={{ display: 'block', margin: 64 }} />;
  if (!c) {
    return error ? (
      <ErrorAlert error={error} onRetry={() => void refetch()} />
    ) : (
      <Result status="404" title={t('case.detail.notFound')} extra={<BackButton to={basePath} plain />} />
    );
  }
  const steps = readOnly || user.role === 'ENTERPRISE' || user.role === 'LEADER' ? [] : stepsFor(user, c);

  return (
    <Page
      title={`${t('case.detail.title')} · ${c.enterprise.name}`}
      testId="case-page"
      extra={
        <Space>
          <BackButton to={basePath} />
          <RefreshButton onRefresh={refetch} />
        </Space>
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <ErrorAlert error={error} onRetry={() => void refetch()} />
        <Card size="small">
          <Space wrap size={[16, 8]} align="start">
            <CaseStatusTag status={c.status} />
            <CaseDeadline c={c} />
          </Space>
          <div style={{ marginTop: 16, overflowX: 'auto' }}>
            <Progress c={c} />
          </div>
        </Card>
        {readOnly ? (
          <Typography.Text type="secondary">{t('case.detail.readOnly')}</Typography.Text>
        ) : (
          <Card size="small" title={t('case.detail.actions')} data-testid="case-actions">
            {steps.length === 0 ? (
              <Typography.Text type="secondary">{t('case.detail.noActions')}</Typography.Text>
            ) : (
              <Space wrap>
                {steps.map((action, i) => (
                  <Button
                    key={action}
                    type={i === steps.length - 1 ? 'primary' : 'default'}
                    onClick={() => setTaking(action)}
                    data-testid={`case-action-${action}`}
                  >
                    {t(`case.action.${action}`)}
                  </Button>
                ))}
              </Space>
            )}
          </Card>
        )}
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={14}>
            <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
              <Card size="small" title={t('case.detail.facts')}>
                <Facts c={c} />
              </Card>
              <DocumentsCard
                key={`${c.status}-${documentsRound}`}
                subjectId={c.id}
                mayIssue={!readOnly}
                title="case.detail.documents"
              />
            </Space>
          </Col>
          <Col xs={24} xl={10}>
            <Card size="small" title={t('case.detail.events')} data-testid="case-events">
              <Events c={c} />
            </Card>
          </Col>
        </Row>
      </Space>
      <AdvanceCaseDialog
        caseId={c.id}
        action={taking}
        proposedPenaltyYuan={c.proposedPenaltyYuan ?? null}
        onClose={() => setTaking(null)}
        onDone={() => {
          setTaking(null);
          setDocumentsRound((n) => n + 1);
          void refetch();
        }}
      />
    </Page>
  );
}
