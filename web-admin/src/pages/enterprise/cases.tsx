// 行政处罚: the cases a unit opened against the enterprise, each with its status, the fine, the deadline it must meet
// and the documents served on it (告知书, 决定书) to read, print and sign for. Laid out for a phone; no steps here.
import { Card, Space, Typography } from 'antd';
import { CardList } from '../../components/CardList';
import { useConnectionList } from '../../components/ListTable';
import { Page } from '../../components/Page';
import { RefreshButton } from '../../components/RefreshButton';
import { formatDate, formatYuan } from '../../format';
import { useLocale } from '../../locales';
import { CaseDeadline, CaseStatusTag } from '../../shared/cases/CaseParts';
import { CasesQuery } from '../../shared/cases/queries';
import { DocumentsCard } from '../../shared/documents/DocumentsCard';

export function OwnCasesPage() {
  const { t, locale } = useLocale();
  const list = useConnectionList(CasesQuery, { filter: null }, (d) => d.cases);
  return (
    <Page
      title={t('case.own.title')}
      testId="own-cases-page"
      extra={<RefreshButton onRefresh={() => void list.refetch()} iconOnly />}
    >
      <Typography.Paragraph type="secondary">{t('case.own.intro')}</Typography.Paragraph>
      <CardList
        list={list}
        empty={t('case.own.empty')}
        testId="own-cases"
        render={(row) => {
          const fine = row.penaltyYuan ?? row.proposedPenaltyYuan;
          return (
            <Card size="small" data-testid="own-case-row">
              <Space orientation="vertical" size={4} style={{ width: '100%' }}>
                <Space wrap size={[8, 4]}>
                  <Typography.Text strong>{row.unit.name}</Typography.Text>
                  <CaseStatusTag status={row.status} />
                </Space>
                <Typography.Paragraph style={{ marginBottom: 0 }}>{row.violation}</Typography.Paragraph>
                <Typography.Text type="secondary">
                  {t('case.field.filedAt')}：{formatDate(row.filedAt, locale)}
                  {fine !== null && fine !== undefined
                    ? ` · ${t(row.penaltyYuan !== null && row.penaltyYuan !== undefined ? 'case.field.penalty' : 'case.field.proposedPenalty')}：${formatYuan(fine, locale)}`
                    : ''}
                </Typography.Text>
                <CaseDeadline c={row} />
                <DocumentsCard subjectId={row.id} mayIssue={false} variant="section" />
              </Space>
            </Card>
          );
        }}
      />
    </Page>
  );
}
