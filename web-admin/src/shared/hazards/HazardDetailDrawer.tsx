import { Alert, Button, Descriptions, Drawer, Empty, Space, Spin, Timeline, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { mayWorkFor } from '../../access';
import { Link } from 'react-router-dom';
import { useQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import {
  EscalationLevelTag,
  EscalationStatusTag,
  HazardLevelTag,
  HazardSourceTag,
  HazardStatusTag,
  OverdueTag,
  ReporterTag,
} from '../../components/tags';
import { formatDateTime } from '../../format';
import { fiveItemRows } from './five-items';
import { useLocale } from '../../locales';
import { useUser } from '../../session';
import { OpenCaseDialog } from '../cases/OpenCaseDialog';
import { DocumentsCard } from '../documents/DocumentsCard';
import { PhotoGallery } from '../photos/PhotoGallery';
import { ListingSection } from './ListingSection';
import type { HazardDetailQuery } from '../../gql/graphql';
import { HazardDetailQuery as DetailQuery } from './queries';

type Hazard = Extract<NonNullable<HazardDetailQuery['node']>, { __typename: 'Hazard' }>;

// `node` answers any type: only a Hazard is a hazard.
function asHazard(node: HazardDetailQuery['node'] | undefined): Hazard | null {
  return node?.__typename === 'Hazard' ? node : null;
}

const EVENT_COLORS: Record<string, string> = {
  FOUND: 'red',
  RECTIFICATION_REPORTED: 'blue',
  REINSPECTION_REQUESTED: 'blue',
  VERIFICATION_PASSED: 'green',
  VERIFICATION_REJECTED: 'orange',
  ESCALATED: 'volcano',
  LISTED_SUPERVISION: 'red',
  SIGNED_OFF: 'green',
  SIGN_OFF_RETURNED: 'orange',
};

/** One hazard's record: what, where, its photos and its history; `auditPath` links the admin to its audit log. */
export function HazardDetailDrawer({
  hazardId,
  onClose,
  auditPath,
  extra,
  readOnly = false,
}: {
  hazardId: string | null;
  onClose: () => void;
  auditPath?: string;
  extra?: ReactNode;
  /** A drill-down that only reads (the leader's): no receipt or correction of the hazard's documents. */
  readOnly?: boolean;
}) {
  const { t, locale } = useLocale();
  const { data, loading, error, refetch } = useQuery(DetailQuery, { id: hazardId ?? '' }, { skip: !hazardId });
  const hazard = asHazard(data?.node);
  const user = useUser();
  const [opening, setOpening] = useState(false);
  // 立案 from a failed 复查: the officers of the unit that verifies the hazard.
  const mayOpenCase =
    !readOnly &&
    hazard !== null &&
    hazard.history.some((event) => event.kind === 'VERIFICATION_REJECTED') &&
    mayWorkFor(user, hazard.verifierUnit.id);

  return (
    <Drawer
      open={Boolean(hazardId)}
      onClose={onClose}
      size="min(640px, 100vw)"
      title={t('hazard.detail.title')}
      data-testid="hazard-drawer"
      extra={extra}
    >
      <ErrorAlert
        error={error}
        onRetry={() => {
          void refetch();
        }}
      />
      {loading && !hazard ? <Spin /> : null}
      {!loading && !error && !hazard ? <Empty description={t('hazard.detail.notFound')} /> : null}
      {hazard ? (
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          {mayOpenCase ? (
            <Alert
              type="warning"
              showIcon
              title={t('case.open.fromHazard')}
              data-testid="hazard-case-hint"
              action={
                <Button size="small" onClick={() => setOpening(true)} data-testid="case-open">
                  {t('case.open.action')}
                </Button>
              }
            />
          ) : null}
          <Descriptions column={1} size="small" bordered styles={{ label: { width: 140 } }}>
            <Descriptions.Item label={t('hazard.field.enterprise')}>{hazard.enterprise.name}</Descriptions.Item>
            <Descriptions.Item label={t('hazard.field.description')}>{hazard.description}</Descriptions.Item>
            <Descriptions.Item label={t('hazard.field.level')}>
              <HazardLevelTag level={hazard.level} /> <HazardSourceTag source={hazard.source} />
            </Descriptions.Item>
            <Descriptions.Item label={t('hazard.field.status')}>
              <HazardStatusTag status={hazard.status} /> <OverdueTag overdue={hazard.overdue} />
            </Descriptions.Item>
            <Descriptions.Item label={t('hazard.field.location')}>{hazard.location ?? '—'}</Descriptions.Item>
            {hazard.checklistItem ? (
              <Descriptions.Item label={t('hazard.field.checklistItem')}>
                {hazard.checklistItem.category} · {hazard.checklistItem.text}
              </Descriptions.Item>
            ) : null}
            <Descriptions.Item label={t('hazard.field.rectifyBy')}>
              {formatDateTime(hazard.rectifyBy, locale)}
            </Descriptions.Item>
            {hazard.status === 'PENDING_VERIFICATION' && hazard.verifyBy ? (
              <Descriptions.Item label={t('hazard.field.verifyBy')}>
                <span data-testid="hazard-verify-by">{formatDateTime(hazard.verifyBy, locale)}</span>
              </Descriptions.Item>
            ) : null}
            {hazard.reinspectionRequestedAt ? (
              <Descriptions.Item label={t('hazard.field.reinspectionRequestedAt')}>
                {formatDateTime(hazard.reinspectionRequestedAt, locale)}
              </Descriptions.Item>
            ) : null}
            <Descriptions.Item label={t('hazard.field.foundAt')}>
              {formatDateTime(hazard.foundAt, locale)}
            </Descriptions.Item>
            {hazard.rectificationPlan ? (
              <Descriptions.Item label={t('hazard.field.rectificationPlan')}>
                {hazard.rectificationPlan}
              </Descriptions.Item>
            ) : null}
            {hazard.rectificationMeasures ? (
              <Descriptions.Item label={t('hazard.field.measures')}>
                <Space orientation="vertical" size={2}>
                  <span>{hazard.rectificationMeasures}</span>
                  <Typography.Text type="secondary">
                    {hazard.reporterName ?? ''} <ReporterTag onBehalf={hazard.reportedOnBehalf} />
                  </Typography.Text>
                </Space>
              </Descriptions.Item>
            ) : null}
            {fiveItemRows(hazard, t, locale)}
            <Descriptions.Item label={t('hazard.field.regulator')}>{hazard.regulator.name}</Descriptions.Item>
            <Descriptions.Item label={t('hazard.field.township')}>{hazard.township.name}</Descriptions.Item>
            <Descriptions.Item label={t('hazard.field.campaign')}>{hazard.campaign?.name ?? '—'}</Descriptions.Item>
            {hazard.signedOffAt ? (
              <Descriptions.Item label={t('hazard.detail.signedOffAt')}>
                {formatDateTime(hazard.signedOffAt, locale)}
              </Descriptions.Item>
            ) : null}
            {hazard.closedAt ? (
              <Descriptions.Item label={t('hazard.field.closedAt')}>
                {formatDateTime(hazard.closedAt, locale)}
              </Descriptions.Item>
            ) : null}
          </Descriptions>
          {/* Mounted while open: reopened (after a 复查, say), the record's documents are asked for afresh. */}
          <ListingSection hazard={hazard} readOnly={readOnly} onChanged={() => void refetch()} />
          {hazardId ? <DocumentsCard subjectId={hazard.id} mayIssue={!readOnly} variant="section" /> : null}
          <section>
            <Typography.Title level={5}>{t('hazard.detail.photos')}</Typography.Title>
            <PhotoGallery photos={hazard.photos} />
          </section>
          <section>
            <Typography.Title level={5}>{t('hazard.detail.history')}</Typography.Title>
            <Timeline
              items={hazard.history.map((event) => ({
                color: EVENT_COLORS[event.kind] ?? 'gray',
                content: (
                  <div data-testid="hazard-event">
                    <Typography.Text strong>{t(`enum.hazardEventKind.${event.kind}`)}</Typography.Text>
                    <Typography.Text type="secondary">
                      {' '}
                      · {formatDateTime(event.at, locale)}
                      {event.actorName ? ` · ${event.actorName}` : ''}
                    </Typography.Text>
                    {event.comment ? <div>{event.comment}</div> : null}
                  </div>
                ),
              }))}
            />
          </section>
          {hazard.escalations.length > 0 ? (
            <section>
              <Typography.Title level={5}>{t('hazard.detail.escalations')}</Typography.Title>
              <Space orientation="vertical">
                {hazard.escalations.map((e) => (
                  <Space key={e.id} wrap>
                    <EscalationLevelTag level={e.level} />
                    <EscalationStatusTag status={e.status} />
                    <Typography.Text type="secondary">
                      {e.addressee.name} · {formatDateTime(e.raisedAt, locale)}
                    </Typography.Text>
                  </Space>
                ))}
              </Space>
            </section>
          ) : null}
          {auditPath ? (
            <Link to={`${auditPath}?subjectId=${encodeURIComponent(hazard.id)}`} data-testid="hazard-audit-link">
              {t('common.auditLog')}
            </Link>
          ) : null}
        </Space>
      ) : null}
      {hazard && mayOpenCase ? (
        <OpenCaseDialog
          open={opening}
          source={{ hazardId: hazard.id }}
          enterpriseName={hazard.enterprise.name}
          defaultViolation={hazard.description}
          onClose={() => setOpening(false)}
        />
      ) : null}
    </Drawer>
  );
}
