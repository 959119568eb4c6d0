// The enterprise's own inspection log (检查记录): every on-site inspection of it, by whom, and whether a joint group
// inspected for several units at once (one visit), with the hazards each found. Laid out for a phone.
import { Card, Space, Tag, Typography } from 'antd';
import { CardList } from '../../components/CardList';
import { useConnectionList } from '../../components/ListTable';
import { Page } from '../../components/Page';
import { formatDateTime } from '../../format';
import { graphql } from '../../gql';
import { useLocale } from '../../locales';
import { DocumentsCard } from '../../shared/documents/DocumentsCard';

const OwnInspectionsQuery = graphql(`
  query OwnInspections($first: Int, $after: String) {
    inspections(first: $first, after: $after) {
      ...ListPage
      edges {
        node {
          id
          inspectedAt
          inspectorCount
          unit {
            id
            name
          }
          groupName
          hazards {
            id
          }
        }
      }
    }
  }
`);

export function OwnInspectionsPage() {
  const { t, locale } = useLocale();
  const list = useConnectionList(OwnInspectionsQuery, {}, (d) => d.inspections);
  return (
    <Page title={t('inspectionLog.title')} testId="inspection-log-page">
      <Typography.Paragraph type="secondary">{t('inspectionLog.intro')}</Typography.Paragraph>
      <CardList
        list={list}
        empty={t('inspectionLog.empty')}
        testId="inspection-log"
        render={(row) => (
          <Card size="small" data-testid="inspection-log-row">
            <Space orientation="vertical" size={2} style={{ width: '100%' }}>
              <Typography.Text strong>{row.unit.name}</Typography.Text>
              <Typography.Text type="secondary">
                {t('inspectionLog.col.inspectedAt')}：{formatDateTime(row.inspectedAt, locale)}
              </Typography.Text>
              <Space size={4} wrap>
                {row.groupName ? <Tag color="blue">{row.groupName}</Tag> : <Tag>{t('inspectionLog.single')}</Tag>}
                <Tag color={row.hazards.length > 0 ? 'orange' : 'green'}>
                  {t('inspectionLog.col.findings')} {t('inspectionLog.findings', { n: row.hazards.length })}
                </Tag>
              </Space>
              {row.hazards.length > 0 ? (
                // The 现场检查记录 and 责令限期整改指令书 served on the enterprise: to read, print and sign for.
                <DocumentsCard subjectId={row.id} mayIssue={false} variant="section" />
              ) : null}
            </Space>
          </Card>
        )}
      />
    </Page>
  );
}
