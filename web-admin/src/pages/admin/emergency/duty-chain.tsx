// 包保责任: the county's chain of who answers for what in an emergency — county leaders for townships, township
// officials for villages and danger points, village cadres for households and points — by township and tier; a
// link is added, edited, stopped (a person who left) or put back from here, and the whole chain imported from a
// filled template.
import { EditOutlined, ImportOutlined, PlusOutlined, StopOutlined, UndoOutlined } from '@ant-design/icons';
import { App, Button, Input, Modal, Space, Tag, Tooltip, Typography, type ButtonProps } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState, type ReactNode } from 'react';
import { useMutation } from '../../../api/hooks';
import { TwoLines } from '../../../components/cells';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FilterBar, namedOptions, selectField } from '../../../components/FilterBar';
import { ListTable, useConnectionList } from '../../../components/ListTable';
import { Page } from '../../../components/Page';
import { RefreshButton } from '../../../components/RefreshButton';
import type { DutyAssignmentFieldsFragment as Link, DutyTier } from '../../../gql/graphql';
import { useT } from '../../../locales';
import { DUTY_TIERS } from '../../../shared/emergency/words';
import { useOrgUnits } from '../../../shared/reference/useReference';
import { DutyAssignmentDialog } from './components/DutyAssignmentDialog';
import { DutyImportDialog } from './components/DutyImportDialog';
import { DutyAssignmentsQuery, UpdateDutyAssignmentMutation } from './queries';

type Status = 'ACTIVE' | 'STOPPED';

interface Chosen {
  townshipId: string | null;
  tier: DutyTier | null;
  search: string;
  status: Status | null;
}

const TIER_COLORS: Record<DutyTier, string> = { COUNTY: 'red', TOWNSHIP: 'orange', VILLAGE: 'blue' };

/** Stopping a link (or putting it back): the whole link is sent again with its new state, its account kept. */
function StopDialog({ link, onClose, onDone }: { link: Link | null; onClose: () => void; onDone: () => void }) {
  const t = useT();
  const update = useMutation(UpdateDutyAssignmentMutation);
  const stopping = link?.active ?? true;

  const submit = async () => {
    if (!link) return;
    const saved = await update.run({
      id: link.id,
      input: {
        tier: link.tier,
        townshipId: link.township.id,
        targetKind: link.targetKind,
        targetName: link.targetName,
        personName: link.personName,
        phone: link.phone,
        userId: link.userId ?? null,
        parentId: link.parentId,
        active: !stopping,
      },
    });
    if (saved) onDone();
  };

  return (
    <Modal
      open={link !== null}
      title={t(stopping ? 'duty.stop.title' : 'duty.restore.title')}
      okText={t(stopping ? 'duty.stop.action' : 'duty.restore.action')}
      okButtonProps={{ danger: stopping, 'data-testid': 'duty-stop-confirm' } as ButtonProps}
      cancelText={t('common.cancel')}
      confirmLoading={update.loading}
      onOk={() => void submit()}
      onCancel={() => {
        update.reset();
        onClose();
      }}
      destroyOnHidden
      modalRender={(node) => <div data-testid="duty-stop-dialog">{node}</div>}
    >
      <ErrorAlert error={update.error} />
      <Typography.Paragraph>
        {t(stopping ? 'duty.stop.confirm' : 'duty.restore.confirm', {
          name: link?.personName ?? '',
          target: link?.targetName ?? '',
        })}
      </Typography.Paragraph>
    </Modal>
  );
}

export function DutyChainPage() {
  const t = useT();
  const { message } = App.useApp();
  const units = useOrgUnits();
  const [chosen, setChosen] = useState<Chosen>({ townshipId: null, tier: null, search: '', status: 'ACTIVE' });
  const update = (change: Partial<Chosen>) => setChosen({ ...chosen, ...change });
  const list = useConnectionList(
    DutyAssignmentsQuery,
    {
      filter: {
        townshipId: chosen.townshipId,
        tier: chosen.tier,
        search: chosen.search.trim() || null,
        active: chosen.status === null ? null : chosen.status === 'ACTIVE',
      },
    },
    (d) => d.dutyAssignments,
  );
  const [dialog, setDialog] = useState<{ editing: Link | null } | null>(null);
  const [stopping, setStopping] = useState<Link | null>(null);
  const [importing, setImporting] = useState(false);

  const columns: ColumnsType<Link> = [
    { title: t('duty.field.township'), key: 'township', width: 120, render: (_, row) => row.township.name },
    {
      title: t('duty.field.tier'),
      key: 'tier',
      width: 170,
      render: (_, row) => <Tag color={TIER_COLORS[row.tier]}>{t(`enum.dutyTier.${row.tier}`)}</Tag>,
    },
    {
      title: t('duty.field.target'),
      key: 'target',
      render: (_, row) => (
        <TwoLines
          main={<Typography.Text strong>{row.targetName}</Typography.Text>}
          detail={t(`enum.dutyTargetKind.${row.targetKind}`)}
        />
      ),
    },
    {
      title: t('duty.field.person'),
      key: 'person',
      render: (_, row) => (
        <TwoLines
          main={
            <Space size={4}>
              <Typography.Text strong data-testid="duty-person">
                {row.personName}
              </Typography.Text>
              {row.hasAccount ? <Tag color="blue">{t('duty.hasAccount')}</Tag> : null}
            </Space>
          }
          detail={row.phone ?? (row.hasAccount ? t('duty.byApp') : '—')}
        />
      ),
    },
    {
      title: t('duty.field.parent'),
      key: 'parent',
      responsive: ['lg'],
      render: (_, row) =>
        row.parent ? (
          <TwoLines
            main={<span data-testid="duty-parent-name">{row.parent.personName}</span>}
            detail={t('duty.parentOf', { target: row.parent.targetName })}
          />
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    {
      title: t('duty.field.status'),
      key: 'status',
      width: 90,
      render: (_, row) => (row.active ? <Tag color="green">{t('duty.active')}</Tag> : <Tag>{t('duty.stopped')}</Tag>),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 110,
      render: (_, row) => (
        <Space size={0}>
          <Tooltip title={t('duty.edit.action')}>
            <Button
              type="text"
              icon={<EditOutlined />}
              disabled={!row.active}
              aria-label={`${t('duty.edit.action')} ${row.personName}`}
              onClick={() => setDialog({ editing: row })}
              data-testid="duty-edit"
            />
          </Tooltip>
          <Tooltip title={t(row.active ? 'duty.stop.action' : 'duty.restore.action')}>
            <Button
              type="text"
              danger={row.active}
              icon={row.active ? <StopOutlined /> : <UndoOutlined />}
              aria-label={`${t(row.active ? 'duty.stop.action' : 'duty.restore.action')} ${row.personName}`}
              onClick={() => setStopping(row)}
              data-testid={row.active ? 'duty-stop' : 'duty-restore'}
            />
          </Tooltip>
        </Space>
      ),
    },
  ];

  // The toolbar of the chain: its buttons in order.
  const toolbar: ReactNode[] = [
    <RefreshButton key="refresh" onRefresh={list.refetch} iconOnly />,
    <Button key="import" icon={<ImportOutlined />} onClick={() => setImporting(true)} data-testid="duty-import">
      {t('duty.import.action')}
    </Button>,
    <Button
      key="create"
      type="primary"
      icon={<PlusOutlined />}
      onClick={() => setDialog({ editing: null })}
      data-testid="duty-create"
    >
      {t('duty.create.action')}
    </Button>,
  ];

  return (
    <Page title={t('duty.title')} testId="duty-chain-page" extra={<>{toolbar}</>}>
      <Typography.Paragraph type="secondary">{t('duty.intro')}</Typography.Paragraph>
      <FilterBar
        fields={[
          selectField({
            key: 'township',
            xl: 5,
            label: t('duty.field.township'),
            value: chosen.townshipId,
            options: namedOptions(units.townships),
            searchable: true,
            onChange: (townshipId) => update({ townshipId }),
            testId: 'duty-filter-township',
          }),
          selectField<DutyTier>({
            key: 'tier',
            xl: 5,
            label: t('duty.field.tier'),
            value: chosen.tier,
            options: DUTY_TIERS.map((v) => ({ value: v, label: t(`enum.dutyTier.${v}`) })),
            onChange: (tier) => update({ tier }),
            testId: 'duty-filter-tier',
          }),
          selectField<Status>({
            key: 'status',
            xl: 4,
            label: t('duty.field.status'),
            value: chosen.status,
            options: [
              { value: 'ACTIVE', label: t('duty.active') },
              { value: 'STOPPED', label: t('duty.stopped') },
            ],
            onChange: (status) => update({ status }),
          }),
          {
            key: 'search',
            xl: 10,
            wide: true,
            node: (
              <Input.Search
                allowClear
                placeholder={t('duty.search')}
                aria-label={t('duty.search')}
                onSearch={(search) => update({ search })}
                data-testid="duty-search"
                maxLength={100}
              />
            ),
          },
        ]}
      />
      <ListTable
        list={list}
        columns={columns}
        rowTestId="duty-row"
        empty={t('duty.empty')}
        rowClassName={(row) => (row.active ? undefined : 'muted-row')}
      />
      <DutyAssignmentDialog
        open={dialog !== null}
        editing={dialog?.editing ?? null}
        onClose={() => setDialog(null)}
        onSaved={() => {
          message.success(t(dialog?.editing ? 'duty.edit.done' : 'duty.create.done'));
          setDialog(null);
          void list.refetch();
        }}
      />
      <DutyImportDialog
        open={importing}
        onClose={() => setImporting(false)}
        onImported={(created) => {
          message.success(t('duty.import.done', { n: created }));
          setImporting(false);
          void list.refetch();
        }}
      />
      <StopDialog
        link={stopping}
        onClose={() => setStopping(null)}
        onDone={() => {
          message.success(t(stopping?.active ? 'duty.stop.done' : 'duty.restore.done'));
          setStopping(null);
          void list.refetch();
        }}
      />
    </Page>
  );
}
