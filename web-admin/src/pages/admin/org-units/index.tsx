// 组织机构: the county's departments and townships as the county names them; add a department or a township (its
// register and its staff then belong to it), rename any unit; and the division of supervision (监管分工) below.
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Row, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useQuery } from '../../../api/hooks';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Page } from '../../../components/Page';
import { rowHook } from '../../../components/testing';
import { useT } from '../../../locales';
import { DivisionCard } from './components/DivisionCard';
import { UnitDialog, type Unit } from './components/UnitDialog';
import { OrgUnitsAdminQuery as Query } from './queries';

export function OrgUnitsPage() {
  const t = useT();
  const { message } = App.useApp();
  const list = useQuery(Query, {});
  const [editing, setEditing] = useState<Unit | 'new' | null>(null);
  const units = list.data?.orgUnits ?? [];
  const columns: ColumnsType<Unit> = [
    { title: t('orgUnits.field.name'), dataIndex: 'name' },
    { title: t('orgUnits.field.code'), dataIndex: 'code', width: 160, render: (code: string) => <code>{code}</code> },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 100,
      render: (_, unit) => (
        <Button
          type="link"
          icon={<EditOutlined />}
          onClick={() => setEditing(unit)}
          data-testid="org-unit-rename"
          aria-label={`${t('orgUnits.rename.action')} ${unit.name}`}
        >
          {t('orgUnits.rename.action')}
        </Button>
      ),
    },
  ];
  const table = (kind: Unit['kind']) => (
    <Table<Unit>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={units.filter((u) => u.kind === kind)}
      loading={list.loading}
      pagination={false}
      onRow={() => rowHook(`org-unit-row-${kind.toLowerCase()}`)}
    />
  );
  return (
    <Page
      title={t('orgUnits.title')}
      testId="org-units-page"
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="org-unit-create">
          {t('orgUnits.create.action')}
        </Button>
      }
    >
      <ErrorAlert error={list.error} />
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('orgUnits.regulators')} extra={t('orgUnits.regulatorsHint')}>
            {table('REGULATOR')}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('orgUnits.townships')}>
            {table('TOWNSHIP')}
          </Card>
        </Col>
      </Row>
      <DivisionCard departments={units.filter((u) => u.kind === 'REGULATOR')} />
      <UnitDialog
        unit={editing}
        onClose={() => setEditing(null)}
        onSaved={(name) => {
          setEditing(null);
          message.success(t('orgUnits.saved', { name }));
          void list.refetch();
        }}
      />
    </Page>
  );
}
