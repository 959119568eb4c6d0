// 企业分级: the enterprise's own grade and list now, its published grades with the reasons (and the county office's
// adjustment where it made one), and its listings on the red and black lists — as cards a phone can read.
import { Card, Descriptions, Empty, Space, Spin, Typography } from 'antd';
import { useQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Page } from '../../components/Page';
import { RefreshButton } from '../../components/RefreshButton';
import { GradeTag, ListStatusTag } from '../../components/tags';
import { formatDate, formatNumber } from '../../format';
import { useLocale } from '../../locales';
import { GradeBasis, lastDayOfPeriod, ListEntryStatusTag } from '../../shared/grading/tags';
import { OwnGradeQuery } from './queries';

export function OwnGradePage() {
  const { t, locale } = useLocale();
  const { data, loading, error, refetch } = useQuery(OwnGradeQuery, {});
  const enterprise = data?.me?.enterprise;

  return (
    <Page
      title={t('ownGrade.title')}
      testId="own-grade"
      extra={<RefreshButton onRefresh={() => void refetch()} iconOnly />}
    >
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      {loading && !data ? <Spin style={{ display: 'block', margin: 32 }} /> : null}
      {data && !enterprise ? <Empty description={t('ownGrade.notEnterprise')} /> : null}
      {enterprise ? (
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          <Card size="small" data-testid="own-grade-current">
            <Descriptions
              size="small"
              column={1}
              title={enterprise.name}
              items={[
                {
                  key: 'grade',
                  label: t('ownGrade.current'),
                  children: <GradeTag grade={enterprise.grade} />,
                },
                {
                  key: 'list',
                  label: t('ownGrade.list'),
                  children: <ListStatusTag status={enterprise.listStatus} />,
                },
              ]}
            />
          </Card>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('ownGrade.history')}
          </Typography.Title>
          {enterprise.grades.length === 0 ? <Empty description={t('ownGrade.historyEmpty')} /> : null}
          {enterprise.grades.map((grade) => (
            <Card
              key={grade.periodEnd}
              size="small"
              data-testid="own-grade-card"
              title={t('ownGrade.period', { period: formatDate(lastDayOfPeriod(grade.periodEnd), locale) })}
              extra={
                <Space size={4}>
                  <GradeTag grade={grade.grade} />
                  <Typography.Text type="secondary">
                    {t('ownGrade.score', { score: formatNumber(grade.score, locale) })}
                  </Typography.Text>
                </Space>
              }
            >
              {grade.overrideReason !== null ? (
                <Typography.Paragraph type="warning" data-testid="own-grade-override">
                  {t('ownGrade.overridden', { reason: grade.overrideReason })}
                </Typography.Paragraph>
              ) : null}
              <GradeBasis reasons={grade.reasons} indicators={grade.indicators} />
            </Card>
          ))}
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('ownGrade.entries')}
          </Typography.Title>
          {enterprise.listEntries.length === 0 ? <Empty description={t('ownGrade.entriesEmpty')} /> : null}
          {enterprise.listEntries.map((entry) => (
            <Card
              key={entry.id}
              size="small"
              data-testid="own-list-entry"
              title={<ListStatusTag status={entry.list} />}
              extra={<ListEntryStatusTag status={entry.status} />}
            >
              <Descriptions
                size="small"
                column={1}
                items={[
                  { key: 'ground', label: t('lists.col.ground'), children: entry.groundName },
                  {
                    key: 'period',
                    label: t('lists.col.period'),
                    children: t('lists.period', {
                      from: formatDate(entry.startsAt, locale),
                      to: entry.endsAt ? formatDate(entry.endsAt, locale) : t('lists.openEnded'),
                    }),
                  },
                  ...(entry.endedAt
                    ? [{ key: 'ended', label: t('lists.col.endedAt'), children: formatDate(entry.endedAt, locale) }]
                    : []),
                  ...(entry.removalReason
                    ? [{ key: 'reason', label: t('lists.col.removalReason'), children: entry.removalReason }]
                    : []),
                ]}
              />
            </Card>
          ))}
        </Space>
      ) : null}
    </Page>
  );
}
