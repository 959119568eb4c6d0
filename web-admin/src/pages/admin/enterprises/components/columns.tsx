// The register's columns: the enterprise, its units (its lead unit and co-supervising departments), its grade and lists, its status (停产/注销 with since when and
// why), and what the county office can do with it (列入黑名单 among it).
import {
  AuditOutlined,
  EditOutlined,
  ExceptionOutlined,
  PlayCircleOutlined,
  StopOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Button, Space, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useNavigate } from 'react-router-dom';
import { EnterpriseStatusTag, GradeTag, ListStatusTag } from '../../../../components/tags';
import { formatDate } from '../../../../format';
import type { EnterpriseListQuery } from '../../../../gql/graphql';
import { useLocale, useT } from '../../../../locales';

export type EnterpriseRow = EnterpriseListQuery['enterprises']['edges'][number]['node'];

export function useEnterpriseColumns(handlers: {
  onAccounts: (row: EnterpriseRow) => void;
  onEdit: (row: EnterpriseRow) => void;
  onStop: (row: EnterpriseRow) => void;
  onResume: (row: EnterpriseRow) => void;
  onBlackList: (row: EnterpriseRow) => void;
}): ColumnsType<EnterpriseRow> {
  const t = useT();
  const { locale } = useLocale();
  const navigate = useNavigate();
  return [
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
      render: (_, row) => (
        <>
          {row.regulator.name}
          {row.coSupervisors.map((c) => (
            <Typography.Text
              key={c.topic}
              type="secondary"
              style={{ display: 'block', fontSize: 12 }}
              data-testid="enterprise-co-supervisor"
            >
              {t('enterprise.coSupervisor', {
                topic: t(`enum.supervisionTopic.${c.topic}`),
                regulator: c.regulator.name,
              })}
            </Typography.Text>
          ))}
        </>
      ),
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
      title: t('register.field.status'),
      key: 'status',
      width: 80,
      render: (_, row) => (
        <Tooltip
          title={
            row.statusChangedAt
              ? t('register.since', {
                  status: t(`enum.enterpriseStatus.${row.status}`),
                  at: formatDate(row.statusChangedAt, locale),
                  reason: row.statusReason ?? '',
                })
              : null
          }
        >
          <span>
            <EnterpriseStatusTag status={row.status} />
          </span>
        </Tooltip>
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 220,
      render: (_, row) => (
        <Space size={0}>
          {row.status !== 'CLOSED' ? (
            <Tooltip title={t('register.edit.action')}>
              <Button
                type="text"
                icon={<EditOutlined />}
                aria-label={`${t('register.edit.action')} ${row.name}`}
                onClick={() => handlers.onEdit(row)}
                data-testid="enterprise-edit"
              />
            </Tooltip>
          ) : null}
          {row.status !== 'CLOSED' ? (
            <Tooltip title={t('register.deactivate.action')}>
              <Button
                type="text"
                danger
                icon={<StopOutlined />}
                aria-label={`${t('register.deactivate.action')} ${row.name}`}
                onClick={() => handlers.onStop(row)}
                data-testid="enterprise-deactivate"
              />
            </Tooltip>
          ) : null}
          {row.status === 'SUSPENDED' ? (
            <Tooltip title={t('register.resume.action')}>
              <Button
                type="text"
                icon={<PlayCircleOutlined />}
                aria-label={`${t('register.resume.action')} ${row.name}`}
                onClick={() => handlers.onResume(row)}
                data-testid="enterprise-resume"
              />
            </Tooltip>
          ) : null}
          {row.status !== 'CLOSED' && row.listStatus !== 'BLACK' ? (
            <Tooltip title={t('blackList.action')}>
              <Button
                type="text"
                danger
                icon={<ExceptionOutlined />}
                aria-label={`${t('blackList.action')} ${row.name}`}
                onClick={() => handlers.onBlackList(row)}
                data-testid="enterprise-black-list"
              />
            </Tooltip>
          ) : null}
          <Tooltip title={t('account.open')}>
            <Button
              type="text"
              icon={<TeamOutlined />}
              aria-label={`${t('account.open')} ${row.name}`}
              onClick={() => handlers.onAccounts(row)}
              data-testid="enterprise-accounts"
            />
          </Tooltip>
          <Tooltip title={t('common.auditLog')}>
            <Button
              type="text"
              icon={<AuditOutlined />}
              aria-label={`${t('common.auditLog')} ${row.name}`}
              onClick={() => void navigate(`/admin/audit?subjectId=${encodeURIComponent(row.id)}`)}
            />
          </Tooltip>
        </Space>
      ),
    },
  ];
}
