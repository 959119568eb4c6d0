// The escalation board (督办看板): one column per rung, oldest first, with acknowledge for the addressee.
import { ClockCircleOutlined, ReloadOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Col, Empty, Row, Segmented, Space, Spin, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useQuery } from '../../api/hooks';
import { mayAcknowledge } from '../../access';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Page } from '../../components/Page';
import { EscalationStatusTag, HazardLevelTag } from '../../components/tags';
import { ageOf, formatDateTime } from '../../format';
import type { EscalationBoardQuery, EscalationLevel, EscalationStatus } from '../../gql/graphql';
import { useLocale, type Translate } from '../../locales';
import { useUser } from '../../session';
import { AcknowledgeDialog } from './AcknowledgeDialog';
import { EscalationBoardQuery as BoardQuery } from './queries';

type Escalation = EscalationBoardQuery['escalations']['edges'][number]['node'];
type StatusChoice = 'OPEN' | 'ACKNOWLEDGED' | 'RESOLVED' | 'ALL';

const SUBJECT_TYPES = ['TASK', 'HAZARD', 'TIP', 'RISK', 'DIRECTIVE_ITEM'] as const;
const LEVELS: readonly EscalationLevel[] = ['TOWNSHIP_HEAD', 'REGULATOR_HEAD', 'COUNTY_OFFICE', 'COUNTY_LEADER'];
const COLUMN_COLORS: Record<EscalationLevel, string> = {
  TOWNSHIP_HEAD: '#a0d911',
  REGULATOR_HEAD: '#faad14',
  COUNTY_OFFICE: '#fa541c',
  COUNTY_LEADER: '#cf1322',
};

function ageLabel(iso: string, t: Translate): { text: string; color: string } {
  const age = ageOf(iso);
  const color = age.unit === 'days' ? (age.n >= 7 ? 'red' : age.n >= 3 ? 'orange' : 'gold') : 'blue';
  return { text: t(`common.age.${age.unit}`, { n: age.n }), color };
}

function EscalationCard({
  escalation,
  onAcknowledge,
}: {
  escalation: Escalation;
  onAcknowledge: (id: string) => void;
}) {
  const { t, locale } = useLocale();
  const user = useUser();
  const age = ageLabel(escalation.raisedAt, t);
  const subject = escalation.hazard
    ? { title: escalation.hazard.description, who: escalation.hazard.enterprise.name, due: escalation.hazard.rectifyBy }
    : escalation.task
      ? {
          title: t('escalation.taskSubject', { campaign: escalation.task.campaign?.name ?? t('task.tipVerify') }),
          who: escalation.task.enterprise.name,
          due: escalation.task.dueAt,
        }
      : escalation.tip
        ? {
            title: escalation.tip.description,
            who: t('escalation.tipSubject'),
            due:
              escalation.tip.stage === 'RECEIVED'
                ? escalation.tip.triageDueAt
                : (escalation.tip.rewardDueAt ?? escalation.tip.triageDueAt),
          }
        : escalation.risk
          ? { title: escalation.risk.place, who: escalation.risk.unit.name, due: escalation.risk.handleBy }
          : escalation.directiveItem
            ? {
                title: escalation.directiveItem.content,
                who: escalation.directiveItem.assignee.name,
                due: escalation.directiveItem.dueAt,
              }
            : null;
  const canAck = escalation.status === 'OPEN' && mayAcknowledge(user, escalation);
  return (
    <Card size="small" style={{ marginBottom: 10 }} data-testid="escalation-card" data-escalation-id={escalation.id}>
      <Space orientation="vertical" size={4} style={{ width: '100%' }}>
        <Space wrap size={4}>
          <Tag>
            {t(`enum.subjectType.${SUBJECT_TYPES.find((type) => type === escalation.subjectType) ?? 'HAZARD'}`)}
          </Tag>
          {escalation.hazard ? <HazardLevelTag level={escalation.hazard.level} /> : null}
          <EscalationStatusTag status={escalation.status} />
          <Tag color={age.color} icon={<ClockCircleOutlined />} aria-label={t('escalation.age')}>
            {age.text}
          </Tag>
        </Space>
        {subject ? (
          <>
            <Typography.Text strong>{subject.title}</Typography.Text>
            <Typography.Text type="secondary">
              {subject.who} · {t('escalation.due', { at: formatDateTime(subject.due, locale) })}
            </Typography.Text>
          </>
        ) : null}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('escalation.addressee', { name: escalation.addressee.name })} ·{' '}
          {t('escalation.raisedAt', { at: formatDateTime(escalation.raisedAt, locale) })}
        </Typography.Text>
        {escalation.acknowledgeComment ? (
          <Typography.Text style={{ fontSize: 12 }}>
            {t('escalation.comment', { text: escalation.acknowledgeComment })}
          </Typography.Text>
        ) : null}
        {canAck ? (
          <Button type="primary" size="small" onClick={() => onAcknowledge(escalation.id)} data-testid="escalation-ack">
            {t('escalation.ack.action')}
          </Button>
        ) : null}
      </Space>
    </Card>
  );
}

export function EscalationBoard({ title, testId = 'escalation-board' }: { title?: string; testId?: string }) {
  const { t } = useLocale();
  const [status, setStatus] = useState<StatusChoice>('OPEN');
  const [acknowledging, setAcknowledging] = useState<string | null>(null);
  const statusFilter: EscalationStatus[] | null = status === 'ALL' ? null : [status];
  const { data, loading, error, refetch } = useQuery(BoardQuery, { status: statusFilter });

  const byLevel = useMemo(() => {
    const nodes = data?.escalations.edges.map((e) => e.node) ?? [];
    const rung = (level: EscalationLevel) =>
      nodes.filter((n) => n.level === level).sort((a, b) => Date.parse(a.raisedAt) - Date.parse(b.raisedAt));
    const grouped: Record<EscalationLevel, Escalation[]> = {
      TOWNSHIP_HEAD: rung('TOWNSHIP_HEAD'),
      REGULATOR_HEAD: rung('REGULATOR_HEAD'),
      COUNTY_OFFICE: rung('COUNTY_OFFICE'),
      COUNTY_LEADER: rung('COUNTY_LEADER'),
    };
    return grouped;
  }, [data]);

  return (
    <Page
      title={title ?? t('escalation.board.title')}
      testId={testId}
      extra={
        <>
          <Segmented<StatusChoice>
            aria-label={t('escalation.filter')}
            value={status}
            onChange={setStatus}
            options={(['OPEN', 'ACKNOWLEDGED', 'RESOLVED', 'ALL'] as const).map((s) => ({
              value: s,
              label: s === 'ALL' ? t('common.all') : t(`enum.escalationStatus.${s}`),
            }))}
          />
          <Button
            icon={<ReloadOutlined />}
            onClick={() => {
              void refetch();
            }}
            aria-label={t('common.refresh')}
            data-testid="escalation-refresh"
          />
        </>
      }
    >
      <ErrorAlert
        error={error}
        onRetry={() => {
          void refetch();
        }}
      />
      <Spin spinning={loading && !data}>
        <Row gutter={[16, 16]}>
          {LEVELS.map((level) => (
            <Col key={level} xs={24} md={12} xl={6}>
              <Card
                className="escalation-column"
                data-testid={`escalation-column-${level}`}
                title={
                  <Space>
                    <Badge color={COLUMN_COLORS[level]} />
                    {t(`enum.escalationLevel.${level}`)}
                  </Space>
                }
                extra={<Tag>{byLevel[level].length}</Tag>}
                styles={{ header: { borderTop: `3px solid ${COLUMN_COLORS[level]}` } }}
              >
                {byLevel[level].length === 0 ? (
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('escalation.empty')} />
                ) : (
                  byLevel[level].map((e) => (
                    <EscalationCard key={e.id} escalation={e} onAcknowledge={setAcknowledging} />
                  ))
                )}
              </Card>
            </Col>
          ))}
        </Row>
      </Spin>
      <AcknowledgeDialog
        escalationId={acknowledging}
        onClose={() => setAcknowledging(null)}
        onDone={() => {
          setAcknowledging(null);
          void refetch();
        }}
      />
    </Page>
  );
}
