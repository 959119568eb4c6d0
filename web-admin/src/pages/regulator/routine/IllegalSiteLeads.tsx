// 打非治违 at a site not in the register: record the lead (name, address, what was found, photos) for its township;
// the township closes it (取缔, 纳入台账, 查无违法). Leads recorded by the unit and those in its township are listed.
import {
  App,
  Button,
  Card,
  Descriptions,
  Drawer,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { newIdempotencyKey } from '../../../api/client';
import { useMutation, useQuery } from '../../../api/hooks';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDateTime } from '../../../format';
import type { IllegalSiteLeadsQuery as LeadsResult, IllegalSiteOutcome } from '../../../gql/graphql';
import { useLocale } from '../../../locales';
import { useUser } from '../../../session';
import { PhotoGallery } from '../../../shared/photos/PhotoGallery';
import { PhotoUpload, useUploadsBusy } from '../../../shared/photos/PhotoUpload';
import { useOrgUnits } from '../../../shared/reference/useReference';
import { CloseIllegalSiteLeadMutation, IllegalSiteLeadsQuery, ReportIllegalSiteMutation } from './queries';

type Lead = LeadsResult['illegalSiteLeads'][number];
const OUTCOMES: readonly IllegalSiteOutcome[] = ['BANNED', 'REGISTERED', 'NO_VIOLATION'];
const TOWNSHIP_ROLES = ['TOWNSHIP_HEAD', 'TOWNSHIP_STAFF'];

interface LeadValues {
  siteName: string;
  address: string;
  description: string;
  townshipId: string;
  photoIds?: string[];
}

export function IllegalSiteLeads() {
  const { t, locale } = useLocale();
  const { message } = App.useApp();
  const user = useUser();
  const { townships } = useOrgUnits();
  const leads = useQuery(IllegalSiteLeadsQuery, {});
  const report = useMutation(ReportIllegalSiteMutation);
  const [form] = Form.useForm<LeadValues>();
  const [key, setKey] = useState(newIdempotencyKey);
  const uploads = useUploadsBusy();
  const [closing, setClosing] = useState<Lead | null>(null);
  const [shown, setShown] = useState<Lead | null>(null);
  const ownTownship = TOWNSHIP_ROLES.includes(user.role) ? user.orgUnit?.id : undefined;

  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const photoIds = values.photoIds?.length ? values.photoIds : null;
    if (await report.run({ input: { ...values, photoIds, idempotencyKey: key } })) {
      void message.success(t('lead.report.done'));
      setKey(newIdempotencyKey());
      form.resetFields();
      void leads.refetch();
    }
  };

  const columns: ColumnsType<Lead> = [
    {
      title: t('lead.field.site'),
      key: 'site',
      render: (_, l) => (
        <Space direction="vertical" size={0}>
          <Typography.Text strong>{l.siteName}</Typography.Text>
          <Typography.Text type="secondary">{l.address}</Typography.Text>
        </Space>
      ),
    },
    {
      title: t('lead.field.township'),
      key: 'township',
      responsive: ['md'],
      render: (_, l) => `${l.township.name}（${t('lead.reportedBy', { unit: l.unit.name })}）`,
    },
    {
      title: t('lead.field.reportedAt'),
      key: 'reportedAt',
      responsive: ['lg'],
      render: (_, l) => formatDateTime(l.reportedAt, locale),
    },
    {
      title: t('lead.field.status'),
      key: 'status',
      render: (_, l) =>
        l.status === 'OPEN' ? (
          <Tag color="processing">{t('lead.status.OPEN')}</Tag>
        ) : (
          <Tag color="green">{l.outcome ? t(`lead.outcome.${l.outcome}`) : t('lead.status.CLOSED')}</Tag>
        ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, l) => (
        <Space wrap onClick={(event) => event.stopPropagation()}>
          <Button onClick={() => setShown(l)}>{t('common.details')}</Button>
          {l.status === 'OPEN' && ownTownship === l.township.id ? (
            <Button type="primary" onClick={() => setClosing(l)} data-testid="lead-close-open">
              {t('lead.close.action')}
            </Button>
          ) : null}
        </Space>
      ),
    },
  ];

  return (
    <>
      <Card size="small" title={t('lead.report.title')} style={{ marginBottom: 16 }}>
        <Typography.Paragraph type="secondary">{t('lead.intro')}</Typography.Paragraph>
        <ErrorAlert error={report.error} />
        <Form<LeadValues> form={form} layout="vertical" initialValues={{ townshipId: ownTownship }}>
          <Space wrap size={16} style={{ width: '100%' }} align="start">
            <Form.Item
              name="siteName"
              label={t('lead.field.siteName')}
              rules={[{ required: true, whitespace: true, max: 100, message: t('lead.siteNameRequired') }]}
            >
              <Input style={{ width: 260 }} maxLength={100} data-testid="lead-site-name" />
            </Form.Item>
            <Form.Item
              name="townshipId"
              label={t('lead.field.township')}
              rules={[{ required: true, message: t('lead.townshipRequired') }]}
            >
              <Select
                style={{ width: 200 }}
                data-testid="lead-township"
                showSearch
                optionFilterProp="label"
                options={townships.map((u) => ({ value: u.id, label: u.name }))}
              />
            </Form.Item>
          </Space>
          <Form.Item
            name="address"
            label={t('lead.field.address')}
            rules={[{ required: true, whitespace: true, max: 200, message: t('lead.addressRequired') }]}
          >
            <Input maxLength={200} data-testid="lead-address" />
          </Form.Item>
          <Form.Item
            name="description"
            label={t('lead.field.description')}
            rules={[{ required: true, whitespace: true, max: 2000, message: t('lead.descriptionRequired') }]}
          >
            <Input.TextArea rows={3} maxLength={2000} data-testid="lead-description" />
          </Form.Item>
          <Form.Item name="photoIds" label={t('routine.field.photos')}>
            <PhotoUpload testId="lead-photos" onBusyChange={uploads.onBusyChange} />
          </Form.Item>
          <Button
            type="primary"
            onClick={() => void submit()}
            loading={report.loading}
            disabled={uploads.busy}
            data-testid="lead-submit"
          >
            {t('lead.report.submit')}
          </Button>
        </Form>
      </Card>
      <Card size="small" title={t('lead.list.title')}>
        <ErrorAlert error={leads.error} />
        <Table<Lead>
          rowKey="id"
          size="middle"
          loading={leads.loading}
          columns={columns}
          dataSource={leads.data?.illegalSiteLeads ?? []}
          pagination={false}
          locale={{ emptyText: t('lead.list.empty') }}
          onRow={(l) => ({ onClick: () => setShown(l), 'data-testid': 'lead-row' }) as object}
        />
      </Card>
      <CloseLeadDialog
        lead={closing}
        onClose={() => setClosing(null)}
        onDone={() => {
          setClosing(null);
          void message.success(t('lead.close.done'));
          void leads.refetch();
        }}
      />
      <Drawer open={shown !== null} onClose={() => setShown(null)} title={shown?.siteName} size="large">
        {shown ? (
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('lead.field.address')}>{shown.address}</Descriptions.Item>
            <Descriptions.Item label={t('lead.field.township')}>{shown.township.name}</Descriptions.Item>
            <Descriptions.Item label={t('lead.field.unit')}>{shown.unit.name}</Descriptions.Item>
            <Descriptions.Item label={t('lead.field.reportedAt')}>
              {formatDateTime(shown.reportedAt, locale)}
            </Descriptions.Item>
            <Descriptions.Item label={t('lead.field.description')}>{shown.description}</Descriptions.Item>
            <Descriptions.Item label={t('routine.field.photos')}>
              <PhotoGallery photos={shown.photos} />
            </Descriptions.Item>
            <Descriptions.Item label={t('lead.field.status')}>
              {shown.outcome ? t(`lead.outcome.${shown.outcome}`) : t('lead.status.OPEN')}
              {shown.closedAt ? `（${formatDateTime(shown.closedAt, locale)}）` : ''}
            </Descriptions.Item>
            <Descriptions.Item label={t('lead.field.outcomeNote')}>{shown.outcomeNote ?? '—'}</Descriptions.Item>
          </Descriptions>
        ) : null}
      </Drawer>
    </>
  );
}

function CloseLeadDialog({ lead, onClose, onDone }: { lead: Lead | null; onClose: () => void; onDone: () => void }) {
  const { t } = useLocale();
  const [form] = Form.useForm<{ outcome: IllegalSiteOutcome; note: string }>();
  const close = useMutation(CloseIllegalSiteLeadMutation);
  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values || !lead) return;
    if (await close.run({ id: lead.id, ...values })) {
      form.resetFields();
      onDone();
    }
  };
  return (
    <Modal
      open={lead !== null}
      title={t('lead.close.title', { site: lead?.siteName ?? '' })}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('lead.close.submit')}
      okButtonProps={{ loading: close.loading, id: 'lead-close-submit' }}
      destroyOnHidden
    >
      <ErrorAlert error={close.error} />
      <Form form={form} layout="vertical" preserve={false} initialValues={{ outcome: 'BANNED' }}>
        <Form.Item name="outcome" label={t('lead.field.outcome')} rules={[{ required: true }]}>
          <Select options={OUTCOMES.map((o) => ({ value: o, label: t(`lead.outcome.${o}`) }))} />
        </Form.Item>
        <Form.Item
          name="note"
          label={t('lead.field.outcomeNote')}
          rules={[{ required: true, whitespace: true, max: 2000, message: t('lead.noteRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={2000} data-testid="lead-close-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
