// A grading's distribution: 好/中/差 before → as proposed, how many changed, were adjusted and go to the red list.
import { Card, Col, Row, Statistic } from 'antd';
import type { GradingProposalQuery } from '../../gql/graphql';
import { useT } from '../../locales';
import { GRADES } from './tags';

type Proposal = Extract<NonNullable<GradingProposalQuery['node']>, { __typename: 'GradingProposal' }>;

const COLOR = { GOOD: '#389e0d', FAIR: '#d48806', POOR: '#cf1322' } as const;

export function GradingDistribution({ distribution }: { distribution: Proposal['distribution'] }) {
  const t = useT();
  const { before, after } = distribution;
  return (
    <Card size="small" style={{ marginBottom: 16 }} data-testid="grading-distribution">
      <Row gutter={[16, 16]}>
        {GRADES.map((grade) => (
          <Col key={grade} xs={8} md={4}>
            <Statistic
              title={t(`enum.grade.${grade}`)}
              value={after[grade]}
              styles={{ content: { color: COLOR[grade] } }}
              prefix={<span className="grading-before">{`${before[grade]} → `}</span>}
              data-testid={`grading-after-${grade}`}
            />
          </Col>
        ))}
        <Col xs={8} md={4}>
          <Statistic title={t('grading.review.changed')} value={distribution.changed} data-testid="grading-changed" />
        </Col>
        <Col xs={8} md={4}>
          <Statistic
            title={t('grading.review.overridden')}
            value={distribution.overridden}
            data-testid="grading-overridden"
          />
        </Col>
        <Col xs={8} md={4}>
          <Statistic title={t('grading.review.redListed')} value={distribution.redListed} />
        </Col>
      </Row>
    </Card>
  );
}

export type { Proposal as GradingProposalDetail };
