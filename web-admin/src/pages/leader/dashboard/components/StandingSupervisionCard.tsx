// 年度检查计划与回头看 at a glance: the year's approved plans and their completion (visits done among those due, over
// every unit), and the county's false-rectification rate from 回头看 (found not rectified among those checked).
import { Card, Col, Row, Statistic } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useQuery } from '../../../../api/hooks';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { useLocale } from '../../../../locales';
import { StandingSupervisionQuery } from '../queries';

const percent = (part: number, whole: number) => (whole === 0 ? '—' : `${((part / whole) * 100).toFixed(1)}%`);

export function StandingSupervisionCard({ pollMs }: { pollMs: number }) {
  const { t } = useLocale();
  const navigate = useNavigate();
  const year = new Date(Date.now() + 8 * 3_600_000).getUTCFullYear();
  const { data, error, refetch } = useQuery(StandingSupervisionQuery, { year }, { pollMs });
  if (!data) return error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null;
  const approved = data.inspectionPlans.edges.map((e) => e.node).filter((p) => p.status === 'APPROVED');
  const due = approved.reduce((sum, p) => sum + p.progress.dueSoFar, 0);
  const done = approved.reduce((sum, p) => sum + p.progress.doneOfDue, 0);
  const judged = data.falseRectificationRates.reduce((sum, r) => sum + r.judged, 0);
  const notRectified = data.falseRectificationRates.reduce((sum, r) => sum + r.notRectified, 0);
  return (
    <Card size="small" title={t('leader.standing.title', { year })} data-testid="standing-supervision">
      <Row gutter={[16, 12]}>
        <Col xs={12} md={6} className="figure-card" onClick={() => void navigate('/leader/plans')}>
          <Statistic
            title={t('leader.standing.plans')}
            value={approved.length}
            suffix={`/ ${data.inspectionPlans.totalCount}`}
          />
        </Col>
        <Col xs={12} md={6} className="figure-card" onClick={() => void navigate('/leader/plans')}>
          <Statistic
            title={t('leader.standing.completion')}
            value={percent(done, due)}
            data-testid="standing-plan-completion"
          />
        </Col>
        <Col xs={12} md={6} className="figure-card" onClick={() => void navigate('/leader/look-back')}>
          <Statistic title={t('leader.standing.checked')} value={judged} />
        </Col>
        <Col xs={12} md={6} className="figure-card" onClick={() => void navigate('/leader/look-back')}>
          <Statistic
            title={t('leader.standing.falseRate')}
            value={percent(notRectified, judged)}
            data-testid="standing-false-rate"
          />
        </Col>
      </Row>
    </Card>
  );
}
