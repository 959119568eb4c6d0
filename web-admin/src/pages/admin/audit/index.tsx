// The audit log of one object (操作记录): who changed what, before and after, from which request.
import { Card, Empty, Input, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useSearchParams } from 'react-router-dom';
import { useQuery } from '../../../api/hooks';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Page } from '../../../components/Page';
import { formatDateTime } from '../../../format';
import type { AuditLogQuery as AuditLogResult } from '../../../gql/graphql';
import { useLocale } from '../../../locales';
import { AuditLogQuery } from './queries';

type Entry = AuditLogResult['auditLog'][number];

function pretty(json: string | null): string {
  if (!json) return '—';
  try {
    return JSON.stringify(JSON.parse(json), null, 1);
  } catch {
    return json;
  }
}

export function AuditPage() {
  const { t, locale } = useLocale();
  const [params, setParams] = useSearchParams();
  const subjectId = params.get('subjectId')?.trim() ?? '';
  const { data, loading, error, refetch } = useQuery(AuditLogQuery, { subjectId, first: 200 }, { skip: !subjectId });

  const columns: ColumnsType<Entry> = [
    { title: t('audit.at'), key: 'at', width: 170, render: (_, e) => formatDateTime(e.at, locale) },
    {
      title: t('audit.actor'),
      key: 'actor',
      width: 140,
      render: (_, e) => e.actorName ?? <Typography.Text type="secondary">{t('audit.system')}</Typography.Text>,
    },
    { title: t('audit.action'), dataIndex: 'action', width: 190, render: (v: string) => <code>{v}</code> },
    {
      title: t('audit.before'),
      key: 'before',
      responsive: ['lg'],
      render: (_, e) => <pre className="json-cell">{pretty(e.before)}</pre>,
    },
    { title: t('audit.after'), key: 'after', render: (_, e) => <pre className="json-cell">{pretty(e.after)}</pre> },
    { title: t('audit.request'), dataIndex: 'requestId', width: 120, responsive: ['xl'], ellipsis: true },
  ];

  return (
    <Page title={t('audit.title')} testId="audit-page">
      <Card size="small" style={{ marginBottom: 16 }}>
        <Input.Search
          defaultValue={subjectId}
          allowClear
          enterButton={t('common.search')}
          placeholder={t('audit.subjectPlaceholder')}
          aria-label={t('audit.subject')}
          onSearch={(value) => setParams(value.trim() ? { subjectId: value.trim() } : {})}
          data-testid="audit-subject"
          style={{ maxWidth: 520 }}
        />
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {t('audit.hint')}
        </Typography.Paragraph>
      </Card>
      <ErrorAlert
        error={error}
        onRetry={() => {
          void refetch();
        }}
      />
      <Card size="small">
        <Table<Entry>
          rowKey="id"
          size="small"
          loading={loading}
          columns={columns}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          dataSource={subjectId ? (data?.auditLog ?? []) : []}
          locale={{ emptyText: <Empty description={subjectId ? t('audit.empty') : t('audit.pick')} /> }}
          scroll={{ x: 720 }}
        />
      </Card>
    </Page>
  );
}
