// 节假日安排: the county's holiday calendar, one year per row — published or provisional (a deadline in a provisional
// year is shown with a warning) — with its holidays and 调休 working days; enter next year's when it is published.
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useQuery } from '../../../api/hooks';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Page } from '../../../components/Page';
import { rowHook } from '../../../components/testing';
import { useT } from '../../../locales';
import { HolidayYearEditor, type HolidayYearRow } from './components/HolidayYearEditor';
import { HolidayYearsAdminQuery } from './queries';

const shortDate = (key: string) => key.slice(5).replace('-', '/');

export function HolidaysPage() {
  const t = useT();
  const { message } = App.useApp();
  const list = useQuery(HolidayYearsAdminQuery, {});
  const [editing, setEditing] = useState<HolidayYearRow | { year: number } | null>(null);
  const years = list.data?.holidayYears ?? [];
  const nextYear = (years.at(-1)?.year ?? new Date().getFullYear()) + 1;

  const columns: ColumnsType<HolidayYearRow> = [
    { title: t('holidays.field.year'), dataIndex: 'year', width: 80 },
    {
      title: t('holidays.field.status'),
      key: 'status',
      width: 100,
      render: (_, row) =>
        row.provisional ? (
          <Tag color="orange" data-testid="holiday-status">
            {t('holidays.provisional')}
          </Tag>
        ) : (
          <Tag color="green" data-testid="holiday-status">
            {t('holidays.published')}
          </Tag>
        ),
    },
    {
      title: t('holidays.field.holidays'),
      key: 'holidays',
      render: (_, row) => row.holidays.map((h) => `${h.name} ${shortDate(h.first)}–${shortDate(h.last)}`).join('；'),
    },
    {
      title: t('holidays.field.adjustedWorkdays'),
      key: 'adjusted',
      responsive: ['lg'],
      render: (_, row) => row.adjustedWorkdays.map((w) => shortDate(w.date)).join('、') || '—',
    },
    { title: t('holidays.field.source'), dataIndex: 'source', responsive: ['xl'] },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 90,
      render: (_, row) => (
        <Button
          type="link"
          icon={<EditOutlined />}
          onClick={() => setEditing(row)}
          data-testid="holiday-edit"
          aria-label={`${t('holidays.edit.action')} ${row.year}`}
        >
          {t('holidays.edit.action')}
        </Button>
      ),
    },
  ];

  return (
    <Page
      title={t('holidays.title')}
      testId="holidays-page"
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setEditing({ year: nextYear })}
          data-testid="holiday-create"
        >
          {t('holidays.create', { year: nextYear })}
        </Button>
      }
    >
      <ErrorAlert error={list.error} />
      <Table<HolidayYearRow>
        rowKey="year"
        columns={columns}
        dataSource={years}
        loading={list.loading}
        pagination={false}
        onRow={() => rowHook('holiday-row')}
      />
      <HolidayYearEditor
        open={editing !== null}
        year={editing}
        onClose={() => setEditing(null)}
        onSaved={(year) => {
          setEditing(null);
          message.success(t('holidays.saved', { year }));
          void list.refetch();
        }}
      />
    </Page>
  );
}
