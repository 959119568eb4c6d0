// 节假日安排: the county's holiday calendar, one year per row — published or provisional (a deadline in a provisional
// year is shown with a warning) — with its holidays and 调休 working days; enter next year's when it is published.
import { EditOutlined, PlusOutlined, SyncOutlined } from '@ant-design/icons';
import { Alert, App, Button, Space, Table, Tag, type ButtonProps } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useState } from 'react';
import { request } from '../../../api/client';
import { asApiError } from '../../../api/errors';
import { useQuery } from '../../../api/hooks';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Page } from '../../../components/Page';
import { rowHook } from '../../../components/testing';
import { formatDateTime } from '../../../format';
import { useLocale, useT } from '../../../locales';
import { HolidayYearEditor, type HolidayYearRow } from './components/HolidayYearEditor';
import { DeadlineRecomputesQuery, HolidayYearsAdminQuery, RecomputeOpenDeadlinesMutation } from './queries';

const shortDate = (key: string) => key.slice(5).replace('-', '/');

export function HolidaysPage() {
  const t = useT();
  const { message, modal } = App.useApp();
  const { locale } = useLocale();
  const list = useQuery(HolidayYearsAdminQuery, {});
  const [polling, setPolling] = useState(false);
  const recomputes = useQuery(DeadlineRecomputesQuery, {}, polling ? { pollMs: 2_000 } : {});
  const last = recomputes.data?.deadlineRecomputes[0];
  const running = last?.status === 'RUNNING';
  useEffect(() => {
    if (recomputes.data) setPolling(running);
  }, [recomputes.data, running]);
  const confirmRecompute = () => {
    void modal.confirm({
      title: t('holidays.recompute.action'),
      content: t('holidays.recompute.confirm'),
      okText: t('holidays.recompute.action'),
      cancelText: t('common.cancel'),
      okButtonProps: { 'data-testid': 'holiday-recompute-confirm' } as ButtonProps,
      onOk: async () => {
        try {
          await request(RecomputeOpenDeadlinesMutation, {});
          setPolling(true);
          void recomputes.refetch();
        } catch (caught) {
          message.error(asApiError(caught).message);
        }
      },
    });
  };
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
        <Space wrap>
          <Button
            icon={<SyncOutlined spin={running} />}
            onClick={confirmRecompute}
            disabled={running}
            data-testid="holiday-recompute"
          >
            {t('holidays.recompute.action')}
          </Button>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setEditing({ year: nextYear })}
            data-testid="holiday-create"
          >
            {t('holidays.create', { year: nextYear })}
          </Button>
        </Space>
      }
    >
      <ErrorAlert error={list.error} />
      {last ? (
        <Alert
          type={running ? 'info' : 'success'}
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="holiday-recompute-status"
          data-status={last.status}
          title={
            running
              ? t('holidays.recompute.running')
              : t('holidays.recompute.done', {
                  at: formatDateTime(last.finishedAt, locale),
                  tasks: last.tasks,
                  hazards: last.hazards,
                  moved: last.moved,
                })
          }
        />
      ) : null}
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
