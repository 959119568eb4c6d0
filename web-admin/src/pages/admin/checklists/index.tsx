// 检查表管理: the county's checklist templates, current versions, each with its industries and items; a new template,
// or a new version of one. Campaigns already launched keep the version they launched with.
import { DownloadOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { saveFile } from '../../../api/client';
import { asApiError } from '../../../api/errors';
import { useQuery } from '../../../api/hooks';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Page } from '../../../components/Page';
import { rowHook } from '../../../components/testing';
import { formatDate } from '../../../format';
import { useLocale, useT } from '../../../locales';
import { ChecklistEditor, type ChecklistRow } from './components/ChecklistEditor';
import { ChecklistAdminListQuery } from './queries';

export function ChecklistsPage() {
  const t = useT();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const list = useQuery(ChecklistAdminListQuery, {});
  const [editing, setEditing] = useState<{ template: ChecklistRow | null } | null>(null);

  const columns: ColumnsType<ChecklistRow> = [
    { title: t('checklists.field.name'), dataIndex: 'name' },
    {
      title: t('checklists.field.version'),
      key: 'version',
      width: 80,
      render: (_, row) => <Tag data-testid="checklist-version">{t('checklists.version', { n: row.version })}</Tag>,
    },
    {
      title: t('checklists.field.industries'),
      key: 'industries',
      responsive: ['md'],
      render: (_, row) =>
        row.industries.length === 0
          ? t('checklists.industries.all')
          : row.industries.map((i) => t(`enum.industry.${i}`)).join('、'),
    },
    {
      title: t('checklists.field.items'),
      key: 'items',
      width: 90,
      render: (_, row) => (
        <span>
          {row.items.length}
          {row.items.some((i) => i.majorCriterion) ? (
            <Tag color="red" style={{ marginLeft: 6 }}>
              {t('checklists.major')} {row.items.filter((i) => i.majorCriterion).length}
            </Tag>
          ) : null}
        </span>
      ),
    },
    {
      title: t('checklists.field.savedAt'),
      key: 'createdAt',
      width: 120,
      responsive: ['lg'],
      render: (_, row) => formatDate(row.createdAt, locale),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 180,
      render: (_, row) => (
        <Space size={0}>
          <Button
            type="link"
            icon={<EditOutlined />}
            onClick={() => setEditing({ template: row })}
            data-testid="checklist-edit"
            aria-label={`${t('checklists.edit.action')} ${row.name}`}
          >
            {t('checklists.edit.action')}
          </Button>
          <Button
            type="link"
            icon={<DownloadOutlined />}
            onClick={() => {
              saveFile(row.downloadUrl, `${row.name}.xlsx`).catch((caught: unknown) =>
                message.error(asApiError(caught).message),
              );
            }}
            data-testid="checklist-download"
            aria-label={`${t('checklists.file.download')} ${row.name}`}
          >
            {t('checklists.file.download')}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <Page
      title={t('checklists.title')}
      testId="checklists-page"
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setEditing({ template: null })}
          data-testid="checklist-create"
        >
          {t('checklists.create.action')}
        </Button>
      }
    >
      <ErrorAlert error={list.error} />
      <Table<ChecklistRow>
        rowKey="id"
        columns={columns}
        dataSource={list.data?.checklistTemplates ?? []}
        loading={list.loading}
        pagination={false}
        onRow={() => rowHook('checklist-row')}
      />
      <ChecklistEditor
        open={editing !== null}
        template={editing?.template ?? null}
        onClose={() => setEditing(null)}
        onSaved={(name, version) => {
          setEditing(null);
          message.success(t('checklists.saved', { name, n: version }));
          void list.refetch();
        }}
      />
    </Page>
  );
}
