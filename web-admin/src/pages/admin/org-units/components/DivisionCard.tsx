// 监管分工: which department leads each industry (or its townships, 属地管理) and which answers for each
// co-supervision topic. A change is confirmed first, in words saying what moves now (the register's enterprises) and
// what stays (tasks already sent, hazards already found); then the server moves them and says how many moved.
import { App, Card, Col, Row, Select, Table, Typography, type ButtonProps } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { INDUSTRIES } from '../../../../../../domain/types';
import { request } from '../../../../api/client';
import { errorText } from '../../../../api/errors';
import { useQuery } from '../../../../api/hooks';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { rowHook } from '../../../../components/testing';
import type { SupervisionDivisionQuery as DivisionResult } from '../../../../gql/graphql';
import { useT } from '../../../../locales';
import { SetIndustryRegulatorMutation, SetTopicRegulatorMutation, SupervisionDivisionQuery } from '../queries';

type IndustryRow = DivisionResult['supervisionDivision']['industries'][number];
type TopicRow = DivisionResult['supervisionDivision']['topics'][number];

/** The Select's value for 属地管理 (no department: the townships lead). */
const LOCAL = 'LOCAL';

interface Change {
  title: string;
  from: string;
  to: string;
  enterprises: number;
  /** Sends the change; resolves how many enterprises moved. */
  send: () => Promise<number>;
}

export function DivisionCard({ departments }: { departments: readonly { id: string; name: string }[] }) {
  const t = useT();
  const { message, modal } = App.useApp();
  const division = useQuery(SupervisionDivisionQuery, {});
  const data = division.data?.supervisionDivision;
  const loading = division.loading && !data;
  const industries = [...(data?.industries ?? [])].sort(
    (a, b) => INDUSTRIES.indexOf(a.industry) - INDUSTRIES.indexOf(b.industry),
  );
  const topics = data?.topics ?? [];
  const departmentOptions = departments.map((d) => ({ value: d.id, label: d.name }));
  const nameOf = (id: string) =>
    id === LOCAL ? t('division.local') : (departments.find((d) => d.id === id)?.name ?? id);

  const confirm = (change: Change) => {
    void modal.confirm({
      title: change.title,
      content: (
        <div data-testid="division-confirm-text">
          <Typography.Paragraph>
            {t('division.confirm.change', { from: change.from, to: change.to })}
          </Typography.Paragraph>
          <Typography.Paragraph style={{ marginBottom: 0 }}>
            {t('division.confirm.effect', { n: change.enterprises })}
          </Typography.Paragraph>
        </div>
      ),
      okText: t('division.confirm.ok'),
      cancelText: t('common.cancel'),
      okButtonProps: { 'data-testid': 'division-confirm' } as ButtonProps,
      onOk: async () => {
        try {
          const moved = await change.send();
          message.success(t('division.done', { n: moved }));
        } catch (caught) {
          message.error(errorText(caught, t));
        }
        void division.refetch();
      },
    });
  };

  const changeIndustry = (row: IndustryRow, value: string) => {
    const industry = t(`enum.industry.${row.industry}`);
    confirm({
      title: t('division.confirm.industry', { industry }),
      from: row.regulator?.name ?? t('division.local'),
      to: nameOf(value),
      enterprises: row.enterprises,
      send: async () => {
        const result = await request(SetIndustryRegulatorMutation, {
          industry: row.industry,
          regulatorId: value === LOCAL ? null : value,
        });
        return result.setIndustryRegulator.enterprisesMoved;
      },
    });
  };

  const changeTopic = (row: TopicRow, value: string) => {
    const topic = t(`enum.supervisionTopic.${row.topic}`);
    confirm({
      title: t('division.confirm.topic', { topic }),
      from: row.regulator.name,
      to: nameOf(value),
      enterprises: row.enterprises,
      send: async () => {
        const result = await request(SetTopicRegulatorMutation, { topic: row.topic, regulatorId: value });
        return result.setTopicRegulator.enterprisesMoved;
      },
    });
  };

  const enterprisesColumn = {
    title: t('division.field.enterprises'),
    dataIndex: 'enterprises',
    key: 'enterprises',
    width: 90,
    align: 'right' as const,
  };
  const industryColumns: ColumnsType<IndustryRow> = [
    { title: t('division.field.industry'), key: 'industry', render: (_, row) => t(`enum.industry.${row.industry}`) },
    {
      title: t('division.field.lead'),
      key: 'lead',
      width: 220,
      render: (_, row) => (
        <Select<string>
          style={{ width: '100%' }}
          value={row.regulator?.id ?? LOCAL}
          options={[{ value: LOCAL, label: t('division.local') }, ...departmentOptions]}
          showSearch={{ optionFilterProp: 'label' }}
          onChange={(value) => changeIndustry(row, value)}
          aria-label={`${t('division.field.lead')} ${t(`enum.industry.${row.industry}`)}`}
          data-testid="division-industry-lead"
        />
      ),
    },
    enterprisesColumn,
  ];
  const topicColumns: ColumnsType<TopicRow> = [
    { title: t('division.field.topic'), key: 'topic', render: (_, row) => t(`enum.supervisionTopic.${row.topic}`) },
    {
      title: t('division.field.department'),
      key: 'department',
      width: 200,
      render: (_, row) => (
        <Select<string>
          style={{ width: '100%' }}
          value={row.regulator.id}
          options={departmentOptions}
          showSearch={{ optionFilterProp: 'label' }}
          onChange={(value) => changeTopic(row, value)}
          aria-label={`${t('division.field.department')} ${t(`enum.supervisionTopic.${row.topic}`)}`}
          data-testid="division-topic-department"
        />
      ),
    },
    enterprisesColumn,
  ];

  return (
    <Card size="small" title={t('division.title')} style={{ marginTop: 16 }} data-testid="division-card">
      <Typography.Paragraph type="secondary">{t('division.hint')}</Typography.Paragraph>
      <ErrorAlert
        error={division.error}
        onRetry={() => {
          void division.refetch();
        }}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Typography.Title level={5}>{t('division.industries')}</Typography.Title>
          <Table<IndustryRow>
            rowKey="industry"
            size="small"
            columns={industryColumns}
            dataSource={industries}
            loading={loading}
            pagination={false}
            onRow={() => rowHook('division-industry-row')}
          />
        </Col>
        <Col xs={24} xl={10}>
          <Typography.Title level={5}>{t('division.topics')}</Typography.Title>
          <Table<TopicRow>
            rowKey="topic"
            size="small"
            columns={topicColumns}
            dataSource={topics}
            loading={loading}
            pagination={false}
            onRow={() => rowHook('division-topic-row')}
          />
        </Col>
      </Row>
    </Card>
  );
}
