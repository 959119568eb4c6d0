// 企业分级与红黑名单 at a glance: the register's 好/中/差 now, how the last published grading moved them from the one
// before (+n/−n), and the red and black lists in force.
import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useQuery } from '../../../../api/hooks';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { formatNumber } from '../../../../format';
import type { Grade } from '../../../../gql/graphql';
import { useLocale, type Locale } from '../../../../locales';
import { GRADES } from '../../../../shared/grading/tags';
import { GradingFiguresQuery } from '../queries';

const COLOR: Record<Grade, string> = { GOOD: '#389e0d', FAIR: '#d48806', POOR: '#cf1322' };

/** +3, −2, ±0: a change in a county official's notation. */
function signed(n: number, locale: Locale): string {
  const abs = formatNumber(Math.abs(n), locale);
  return n > 0 ? `+${abs}` : n < 0 ? `−${abs}` : '±0';
}

export function GradingFiguresCard({ pollMs }: { pollMs: number }) {
  const { t, locale } = useLocale();
  const navigate = useNavigate();
  const { data, error, refetch } = useQuery(GradingFiguresQuery, {}, { pollMs });
  const f = data?.gradingFigures;
  const last = f?.lastPublished?.grades;
  const previous = f?.previousPublished?.grades;

  return (
    <Card
      size="small"
      title={t('grading.figures.title')}
      data-testid="grading-figures"
      className="figure-card"
      onClick={() => void navigate('/leader/grading')}
    >
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      <Row gutter={[12, 12]}>
        {GRADES.map((grade) => (
          <Col key={grade} xs={8} md={4}>
            <Statistic
              title={`${t('grading.figures.current')} · ${t(`enum.grade.${grade}`)}`}
              value={f ? f.current[grade] : '—'}
              styles={{ content: { color: COLOR[grade] } }}
              suffix={
                last && previous ? (
                  <Typography.Text type="secondary" style={{ fontSize: 13 }} data-testid={`grading-change-${grade}`}>
                    {t('grading.figures.change')} {signed(last[grade] - previous[grade], locale)}
                  </Typography.Text>
                ) : null
              }
              data-testid={`grading-current-${grade}`}
            />
          </Col>
        ))}
        <Col xs={12} md={6}>
          <Statistic
            title={t('grading.figures.red')}
            value={f ? f.redListed : '—'}
            styles={{ content: { color: '#cf1322' } }}
          />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('grading.figures.black')} value={f ? f.blackListed : '—'} />
        </Col>
      </Row>
      {f && !(last && previous) ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('grading.figures.noPrevious')}
        </Typography.Text>
      ) : null}
    </Card>
  );
}
