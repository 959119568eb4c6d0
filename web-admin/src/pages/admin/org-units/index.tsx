// 组织机构: the county's departments and townships as the county names them; add a township (its register and its
// staff then belong to it), rename any unit. Names are unique within their kind: the register's import matches them.
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Form, Input, Row, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useState } from 'react';
import { ORG_UNIT_LIMITS } from '../../../../../domain/org-unit-rules';
import { useMutation, useQuery } from '../../../api/hooks';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FormDialog } from '../../../components/FormDialog';
import { Page } from '../../../components/Page';
import { rowHook } from '../../../components/testing';
import type { OrgUnitsAdminQuery } from '../../../gql/graphql';
import { useT } from '../../../locales';
import { CreateOrgUnitMutation, OrgUnitsAdminQuery as Query, RenameOrgUnitMutation } from './queries';

type Unit = OrgUnitsAdminQuery['orgUnits'][number];

function NameDialog({
  unit,
  onClose,
  onSaved,
}: {
  /** The unit to rename, or `'new'` for a new township; null: closed. */
  unit: Unit | 'new' | null;
  onClose: () => void;
  onSaved: (name: string) => void;
}) {
  const t = useT();
  const [form] = Form.useForm<{ name: string }>();
  const create = useMutation(CreateOrgUnitMutation);
  const rename = useMutation(RenameOrgUnitMutation);
  const mutation = unit === 'new' ? create : rename;
  useEffect(() => {
    if (unit) form.setFieldsValue({ name: unit === 'new' ? '' : unit.name });
  }, [unit, form]);
  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values || !unit) return;
    const name = values.name.trim();
    if (unit === 'new') {
      const result = await create.run({ input: { kind: 'TOWNSHIP', name } });
      if (result) onSaved(result.createOrgUnit.name);
    } else {
      const result = await rename.run({ id: unit.id, name });
      if (result) onSaved(result.renameOrgUnit.name);
    }
  };
  return (
    <FormDialog
      open={unit !== null}
      texts={unit === 'new' ? 'orgUnits.create' : 'orgUnits.rename'}
      mutation={mutation}
      onSubmit={submit}
      onClose={onClose}
      testId="org-unit-dialog"
      submitTestId="org-unit-save"
    >
      <Form form={form} layout="vertical">
        <Form.Item
          name="name"
          label={t('orgUnits.field.name')}
          rules={[
            {
              required: true,
              whitespace: true,
              min: ORG_UNIT_LIMITS.nameMin,
              max: ORG_UNIT_LIMITS.nameMax,
              message: t('orgUnits.rule.name'),
            },
          ]}
        >
          <Input data-testid="org-unit-name" maxLength={ORG_UNIT_LIMITS.nameMax} />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}

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
      <NameDialog
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
