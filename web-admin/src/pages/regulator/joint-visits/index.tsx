// 综合查一次 for a department or township: the joint visits the system proposes (several units' tasks at one
// enterprise in one month, with the enterprise's budget for the quarter), 组织联合检查 (a head forms the group), and the
// groups of its unit, each opening the group's page where the one visit is recorded for every unit.
import { Alert, Button, Card, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { newIdempotencyKey } from '../../../api/client';
import { useMutation, useQuery } from '../../../api/hooks';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ListTable, useConnectionList } from '../../../components/ListTable';
import { Page } from '../../../components/Page';
import { RefreshButton } from '../../../components/RefreshButton';
import { rowHook } from '../../../components/testing';
import { formatDate, shanghaiDayStart, toShanghaiDate } from '../../../format';
import type { BudgetFieldsFragment, InspectionGroupsQuery, JointVisitProposalsQuery } from '../../../gql/graphql';
import { useLocale } from '../../../locales';
import {
  CreateInspectionGroupMutation,
  InspectionGroupsQuery as GroupsQuery,
  JointVisitProposalsQuery as ProposalsQuery,
} from './queries';

type Proposal = JointVisitProposalsQuery['jointVisitProposals'][number];
type GroupRow = InspectionGroupsQuery['inspectionGroups']['edges'][number]['node'];

export function BudgetLine({ budget, testId }: { budget: BudgetFieldsFragment; testId?: string }) {
  const { t } = useLocale();
  return (
    <Space orientation="vertical" size={0} data-testid={testId}>
      <Typography.Text type={budget.over ? 'danger' : undefined}>
        {t('groups.budget.text', {
          period: budget.periodLabel,
          done: budget.done,
          planned: budget.planned,
          cap: budget.cap,
        })}
      </Typography.Text>
      <Space size={4}>
        {budget.over ? <Tag color="red">{t('groups.budget.over')}</Tag> : null}
        {budget.planned > 1 ? (
          <Typography.Text type="secondary">{t('groups.budget.ifJoint', { n: budget.totalIfJoint })}</Typography.Text>
        ) : null}
      </Space>
    </Space>
  );
}

interface GroupValues {
  name: string;
  visitDate: string;
  memberIds: string[];
  leaderId?: string;
}

function CreateGroupDialog({ proposal, onClose }: { proposal: Proposal | null; onClose: () => void }) {
  const { t } = useLocale();
  const navigate = useNavigate();
  const [form] = Form.useForm<GroupValues>();
  const create = useMutation(CreateInspectionGroupMutation);
  const [key] = useState(newIdempotencyKey);
  const memberIds: string[] = Form.useWatch('memberIds', form) ?? [];
  if (!proposal) return null;
  const today = toShanghaiDate(new Date());
  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const result = await create.run({
      input: {
        name: values.name.trim(),
        visitDate: shanghaiDayStart(values.visitDate) ?? values.visitDate,
        memberIds: values.memberIds,
        leaderId: values.leaderId ?? values.memberIds[0] ?? null,
        taskIds: proposal.tasks.map((task) => task.id),
        idempotencyKey: key,
      },
    });
    if (result) void navigate(`/regulator/joint-visits/${encodeURIComponent(result.createInspectionGroup.id)}`);
  };
  const people = new Map(proposal.candidates.map((c) => [c.id, c]));
  return (
    <Modal
      open
      title={t('groups.create.title')}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('groups.create.submit')}
      okButtonProps={{ loading: create.loading, id: 'group-create-submit' }}
      destroyOnHidden
      width={640}
      modalRender={(node) => <div data-testid="group-create-dialog">{node}</div>}
    >
      <Typography.Paragraph>
        {proposal.enterpriseName} · {proposal.tasks.map((task) => `${task.unitName}${task.origin}`).join('；')}
      </Typography.Paragraph>
      {proposal.budget ? <BudgetLine budget={proposal.budget} /> : null}
      <ErrorAlert error={create.error} />
      <Form<GroupValues>
        form={form}
        layout="vertical"
        preserve={false}
        style={{ marginTop: 16 }}
        initialValues={{ name: `${proposal.enterpriseName}联合检查组`, visitDate: today, memberIds: [] }}
      >
        <Form.Item
          name="name"
          label={t('groups.field.name')}
          rules={[
            { required: true, whitespace: true, message: t('common.required', { field: t('groups.field.name') }) },
          ]}
        >
          <Input maxLength={100} data-testid="group-name" />
        </Form.Item>
        <Form.Item
          name="visitDate"
          label={t('groups.field.visitDate')}
          rules={[{ required: true, message: t('common.required', { field: t('groups.field.visitDate') }) }]}
        >
          <Input type="date" min={today} data-testid="group-visit-date" aria-label={t('groups.field.visitDate')} />
        </Form.Item>
        <Form.Item
          name="memberIds"
          label={t('groups.field.members')}
          extra={t('groups.create.membersHint')}
          rules={[{ required: true, type: 'array', min: 2, message: t('groups.create.membersHint') }]}
        >
          <Select
            mode="multiple"
            data-testid="group-members"
            optionFilterProp="label"
            options={proposal.candidates.map((c) => ({ value: c.id, label: `${c.name}（${c.unitName ?? ''}）` }))}
          />
        </Form.Item>
        <Form.Item name="leaderId" label={t('groups.field.leader')}>
          <Select
            data-testid="group-leader"
            allowClear
            options={memberIds.map((id) => ({ value: id, label: people.get(id)?.name ?? id }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function JointVisitsPage() {
  const { t, locale } = useLocale();
  const proposals = useQuery(ProposalsQuery, {});
  const groups = useConnectionList(GroupsQuery, {}, (d) => d.inspectionGroups);
  const [organising, setOrganising] = useState<Proposal | null>(null);
  const mayOrganise = (proposals.data?.jointVisitProposals ?? []).some((p) => p.mayOrganise);

  const proposalColumns: ColumnsType<Proposal> = [
    {
      title: t('groups.col.enterprise'),
      key: 'enterprise',
      render: (_, p) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{p.enterpriseName}</Typography.Text>
          <Typography.Text type="secondary">{p.month}</Typography.Text>
        </Space>
      ),
    },
    {
      title: t('groups.col.tasks'),
      key: 'tasks',
      render: (_, p) => (
        <Space orientation="vertical" size={0}>
          {p.tasks.map((task) => (
            <Typography.Text key={task.id}>
              {t('groups.task.line', {
                unit: task.unitName,
                origin: task.origin,
                due: formatDate(task.dueAt, locale),
              })}
            </Typography.Text>
          ))}
        </Space>
      ),
    },
    {
      title: t('groups.col.budget'),
      key: 'budget',
      width: 260,
      render: (_, p) => (p.budget ? <BudgetLine budget={p.budget} testId="proposal-budget" /> : null),
    },
    ...(mayOrganise
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 150,
            render: (_: unknown, p: Proposal) =>
              p.mayOrganise ? (
                <Button type="primary" onClick={() => setOrganising(p)} data-testid="proposal-organise">
                  {t('groups.create.action')}
                </Button>
              ) : null,
          },
        ]
      : []),
  ];

  const groupColumns: ColumnsType<GroupRow> = [
    {
      title: t('groups.col.name'),
      key: 'name',
      render: (_, g) => (
        <Link to={`/regulator/joint-visits/${encodeURIComponent(g.id)}`} data-testid="group-link">
          {g.name}
        </Link>
      ),
    },
    {
      title: t('groups.col.visitDate'),
      key: 'visitDate',
      width: 130,
      render: (_, g) => formatDate(g.visitDate, locale),
    },
    {
      title: t('groups.page.enterprises'),
      key: 'enterprises',
      render: (_, g) => g.enterprises.map((e) => e.name).join('、'),
    },
    { title: t('groups.col.members'), key: 'members', width: 90, render: (_, g) => g.members.length },
    {
      title: t('groups.col.progress'),
      key: 'progress',
      width: 150,
      render: (_, g) =>
        t('groups.progress', { done: g.tasks.filter((task) => task.status !== 'OPEN').length, total: g.tasks.length }),
    },
  ];

  return (
    <Page
      title={t('groups.title')}
      testId="joint-visits-page"
      extra={
        <RefreshButton
          onRefresh={() => {
            void proposals.refetch();
            void groups.refetch();
          }}
        />
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Alert type="info" showIcon title={t('groups.intro')} />
        <Card size="small" title={t('groups.proposals.title')}>
          <ErrorAlert error={proposals.error} />
          <Table<Proposal>
            rowKey={(p) => `${p.enterpriseId}:${p.month}`}
            size="small"
            loading={proposals.loading}
            columns={proposalColumns}
            dataSource={proposals.data?.jointVisitProposals ?? []}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            onRow={() => rowHook('proposal-row')}
            locale={{ emptyText: t('groups.proposals.empty') }}
          />
        </Card>
        <Card size="small" title={t('groups.list.title')}>
          <ListTable list={groups} columns={groupColumns} rowTestId="group-row" empty={t('groups.list.empty')} />
        </Card>
      </Space>
      {organising ? <CreateGroupDialog proposal={organising} onClose={() => setOrganising(null)} /> : null}
    </Page>
  );
}
