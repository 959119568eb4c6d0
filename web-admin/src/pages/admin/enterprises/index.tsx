// The enterprise registry: search and filter by industry, township, regulator, grade and red/black list; register a new enterprise.
import { AuditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Empty, Input, Row, Select, Table, Tag, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useQuery } from '../../../api/hooks';
import { CursorPager, useCursorPages } from '../../../components/CursorPager';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Page } from '../../../components/Page';
import { GradeTag, ListStatusTag } from '../../../components/tags';
import { rowHook } from '../../../components/testing';
import type { EnterpriseListQuery as EnterpriseListResult, Grade, Industry, ListStatus } from '../../../gql/graphql';
import { useT } from '../../../locales';
import { useOrgUnits } from '../../../shared/reference/useReference';
import { INDUSTRIES } from '../launch/form';
import { CreateEnterpriseDialog } from './components/CreateEnterpriseDialog';
import { EnterpriseListQuery } from './queries';

type Row = EnterpriseListResult['enterprises']['edges'][number]['node'];

const GRADES: readonly Grade[] = ['GOOD', 'FAIR', 'POOR'];
const LIST_STATUSES: readonly ListStatus[] = ['RED', 'BLACK', 'NONE'];

export function EnterprisesPage() {
  const t = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { regulators, townships } = useOrgUnits();
  const [search, setSearch] = useState('');
  const [industries, setIndustries] = useState<Industry[]>([]);
  const [townshipIds, setTownshipIds] = useState<string[]>([]);
  const [regulatorId, setRegulatorId] = useState<string | null>(null);
  const [grade, setGrade] = useState<Grade | null>(null);
  const [listStatus, setListStatus] = useState<ListStatus | null>(null);
  const [creating, setCreating] = useState(false);
  const filter = {
    search: search.trim() || null,
    industries: industries.length > 0 ? industries : null,
    townshipIds: townshipIds.length > 0 ? townshipIds : null,
    regulatorId,
    grade,
    listStatus,
  };
  const pages = useCursorPages(JSON.stringify(filter));
  const { data, loading, error, refetch } = useQuery(EnterpriseListQuery, { filter, first: 20, after: pages.after });

  const columns: ColumnsType<Row> = [
    {
      title: t('enterprise.field.name'),
      dataIndex: 'name',
      render: (name: string, row) => (
        <>
          {name}
          {row.majorHazardSource ? (
            <Tag color="red" style={{ marginLeft: 6 }}>
              {t('enterprise.majorSource')}
            </Tag>
          ) : null}
        </>
      ),
    },
    {
      title: t('enterprise.field.uscc'),
      dataIndex: 'uscc',
      width: 190,
      responsive: ['md'],
      render: (v: string) => <code>{v}</code>,
    },
    {
      title: t('enterprise.field.industry'),
      key: 'industry',
      width: 130,
      render: (_, row) => t(`enum.industry.${row.industry}`),
    },
    {
      title: t('enterprise.field.township'),
      key: 'township',
      width: 110,
      responsive: ['lg'],
      render: (_, row) => row.township.name,
    },
    {
      title: t('enterprise.field.regulator'),
      key: 'regulator',
      width: 140,
      responsive: ['lg'],
      render: (_, row) => row.regulator.name,
    },
    { title: t('enterprise.field.grade'), key: 'grade', width: 70, render: (_, row) => <GradeTag grade={row.grade} /> },
    {
      title: t('enterprise.field.listStatus'),
      key: 'list',
      width: 90,
      responsive: ['md'],
      render: (_, row) => <ListStatusTag status={row.listStatus} />,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 70,
      render: (_, row) => (
        <Tooltip title={t('common.auditLog')}>
          <Button
            type="text"
            icon={<AuditOutlined />}
            aria-label={`${t('common.auditLog')} ${row.name}`}
            onClick={() => navigate(`/admin/audit?subjectId=${encodeURIComponent(row.id)}`)}
          />
        </Tooltip>
      ),
    },
  ];

  const connection = data?.enterprises;
  return (
    <Page
      title={t('enterprise.title')}
      testId="enterprise-page"
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setCreating(true)}
          data-testid="enterprise-create"
        >
          {t('enterprise.create.action')}
        </Button>
      }
    >
      <Card size="small" style={{ marginBottom: 16 }}>
        <Row gutter={[12, 12]}>
          <Col xs={24} md={12} xl={5}>
            <Input.Search
              allowClear
              placeholder={t('enterprise.search')}
              aria-label={t('enterprise.search')}
              onSearch={setSearch}
              data-testid="enterprise-search"
              maxLength={100}
            />
          </Col>
          <Col xs={24} md={12} xl={5}>
            <Select<Industry[]>
              mode="multiple"
              allowClear
              style={{ width: '100%' }}
              placeholder={t('enterprise.field.industry')}
              aria-label={t('enterprise.field.industry')}
              value={industries}
              onChange={setIndustries}
              options={INDUSTRIES.map((i) => ({ value: i, label: t(`enum.industry.${i}`) }))}
              maxTagCount="responsive"
            />
          </Col>
          <Col xs={24} md={12} xl={4}>
            <Select<string[]>
              mode="multiple"
              allowClear
              style={{ width: '100%' }}
              placeholder={t('enterprise.field.township')}
              aria-label={t('enterprise.field.township')}
              value={townshipIds}
              onChange={setTownshipIds}
              options={townships.map((u) => ({ value: u.id, label: u.name }))}
              maxTagCount="responsive"
            />
          </Col>
          <Col xs={24} md={12} xl={4}>
            <Select<string>
              allowClear
              style={{ width: '100%' }}
              placeholder={t('enterprise.field.regulator')}
              aria-label={t('enterprise.field.regulator')}
              value={regulatorId ?? undefined}
              onChange={(v?: string) => setRegulatorId(v ?? null)}
              options={regulators.map((u) => ({ value: u.id, label: u.name }))}
            />
          </Col>
          <Col xs={12} md={6} xl={3}>
            <Select<Grade>
              allowClear
              style={{ width: '100%' }}
              placeholder={t('enterprise.field.grade')}
              aria-label={t('enterprise.field.grade')}
              value={grade ?? undefined}
              onChange={(v?: Grade) => setGrade(v ?? null)}
              data-testid="enterprise-filter-grade"
              options={GRADES.map((g) => ({ value: g, label: t(`enum.grade.${g}`) }))}
            />
          </Col>
          <Col xs={12} md={6} xl={3}>
            <Select<ListStatus>
              allowClear
              style={{ width: '100%' }}
              placeholder={t('enterprise.field.listStatus')}
              aria-label={t('enterprise.field.listStatus')}
              value={listStatus ?? undefined}
              onChange={(v?: ListStatus) => setListStatus(v ?? null)}
              data-testid="enterprise-filter-list"
              options={LIST_STATUSES.map((l) => ({
                value: l,
                label: l === 'NONE' ? t('enterprise.list.none') : t(`enum.listStatus.${l}`),
              }))}
            />
          </Col>
        </Row>
      </Card>
      <ErrorAlert
        error={error}
        onRetry={() => {
          void refetch();
        }}
      />
      <Card size="small">
        <Table<Row>
          rowKey="id"
          loading={loading}
          columns={columns}
          pagination={false}
          size="middle"
          dataSource={connection?.edges.map((e) => e.node) ?? []}
          onRow={() => rowHook('enterprise-row')}
          locale={{ emptyText: <Empty description={t('enterprise.empty')} /> }}
        />
        {connection ? (
          <CursorPager
            page={pages.page}
            total={connection.totalCount}
            hasNextPage={connection.pageInfo.hasNextPage}
            endCursor={connection.pageInfo.endCursor}
            onNext={pages.next}
            onPrevious={pages.previous}
          />
        ) : null}
      </Card>
      <CreateEnterpriseDialog
        open={creating}
        townships={townships}
        onClose={() => setCreating(false)}
        onCreated={(name, regulator) => {
          setCreating(false);
          message.success(t('enterprise.create.done', { name, regulator }));
          void refetch();
        }}
      />
    </Page>
  );
}
