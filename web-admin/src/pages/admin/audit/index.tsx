// The audit log of one object (操作记录): who changed what, before and after, from which request.
import { Card, Input, Typography } from 'antd';
import { AUDIT_ACTIONS } from '../../../../../domain/audit-actions';
import type { ColumnsType } from 'antd/es/table';
import { useSearchParams } from 'react-router-dom';
import { useQuery } from '../../../api/hooks';
import { ListTable } from '../../../components/ListTable';
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

/** An action's words, its code small beside them; a code this version does not know shows as sent. */
function ActionLabel({ code }: { code: string }) {
  const { t } = useLocale();
  const known = AUDIT_ACTIONS.find((action) => action === code);
  if (!known) return <code>{code}</code>;
  return (
    <>
      {t(`audit.action.${known}`)}{' '}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        <code>{code}</code>
      </Typography.Text>
    </>
  );
}

export function AuditPage() {
  const { t, locale } = useLocale();
  const [params, setParams] = useSearchParams();
  const subjectId = params.get('subjectId')?.trim() ?? '';
  const log = useQuery(AuditLogQuery, { subjectId }, { skip: !subjectId });
  const list = { ...log, rows: subjectId ? (log.data?.auditLog ?? []) : [] };

  const columns: ColumnsType<Entry> = [
    { title: t('audit.at'), key: 'at', width: 170, render: (_, e) => formatDateTime(e.at, locale) },
    {
      title: t('audit.actor'),
      key: 'actor',
      width: 140,
      render: (_, e) => e.actorName ?? <Typography.Text type="secondary">{t('audit.system')}</Typography.Text>,
    },
    { title: t('audit.action'), key: 'action', width: 210, render: (_, e) => <ActionLabel code={e.action} /> },
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
      <ListTable
        list={list}
        columns={columns}
        rowTestId="audit-row"
        size="small"
        empty={subjectId ? t('audit.empty') : t('audit.pick')}
        scrollX={720}
        clientPageSize={20}
      />
    </Page>
  );
}
