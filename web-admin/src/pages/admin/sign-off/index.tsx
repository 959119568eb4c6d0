// 销号审核: the major hazards their regulators verified, waiting for the county office — approved closes one (销号),
// returned sends it back to the enterprise with a reason and a new deadline. The last of three different people.
import { AuditOutlined, CheckOutlined, RollbackOutlined } from '@ant-design/icons';
import { App, Button, Descriptions, Form, Modal, Space, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useRef, useState } from 'react';
import { newIdempotencyKey } from '../../../api/client';
import { useMutation } from '../../../api/hooks';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ListTable, useConnectionList } from '../../../components/ListTable';
import { Page } from '../../../components/Page';
import { RefreshButton } from '../../../components/RefreshButton';
import { TwoLines } from '../../../components/cells';
import { ReporterTag } from '../../../components/tags';
import type { HazardListQuery, HazardStatus } from '../../../gql/graphql';
import { formatDateTime, fromShanghaiInput } from '../../../format';
import { useLocale } from '../../../locales';
import { fiveItemRows } from '../../../shared/hazards/five-items';
import { defaultNewRectifyBy, SendBackFields } from '../../../shared/hazards/SendBackFields';
import { HazardDetailDrawer } from '../../../shared/hazards/HazardDetailDrawer';
import { HazardListQuery as ListQuery } from '../../../shared/hazards/queries';
import { SignOffHazardMutation } from './queries';

type Row = HazardListQuery['hazards']['edges'][number]['node'];

const AWAITING: HazardStatus[] = ['PENDING_SIGN_OFF'];

interface SignOffForm {
  comment?: string;
  newRectifyBy?: string;
}

function SignOffDialog({
  hazard,
  onClose,
  onDone,
}: {
  hazard: Row | null;
  onClose: () => void;
  onDone: (approved: boolean) => void;
}) {
  const { t, locale } = useLocale();
  const [form] = Form.useForm<SignOffForm>();
  const signOff = useMutation(SignOffHazardMutation);
  const [key, setKey] = useState(newIdempotencyKey);
  const mode = useRef<'approve' | 'return'>('approve');
  const [returning, setReturning] = useState(false);

  const close = () => {
    signOff.reset();
    setReturning(false);
    onClose();
  };
  const submit = async (approved: boolean) => {
    if (!hazard) return;
    mode.current = approved ? 'approve' : 'return';
    setReturning(!approved);
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const result = await signOff.run({
      input: {
        hazardId: hazard.id,
        approved,
        comment: values.comment?.trim() || null,
        newRectifyBy: approved ? null : fromShanghaiInput(values.newRectifyBy),
        idempotencyKey: key,
      },
    });
    if (result) {
      setKey(newIdempotencyKey());
      onDone(approved);
    }
  };

  return (
    <Modal
      open={hazard !== null}
      title={t('signOff.dialog.title')}
      onCancel={close}
      destroyOnHidden
      width={640}
      modalRender={(node) => <div data-testid="sign-off-dialog">{node}</div>}
      footer={
        <Space wrap>
          <Button onClick={close}>{t('common.cancel')}</Button>
          <Button
            danger
            icon={<RollbackOutlined />}
            loading={signOff.loading && returning}
            onClick={() => void submit(false)}
            data-testid="sign-off-return"
          >
            {t('signOff.return')}
          </Button>
          <Button
            type="primary"
            icon={<CheckOutlined />}
            loading={signOff.loading && !returning}
            onClick={() => void submit(true)}
            data-testid="sign-off-approve"
          >
            {t('signOff.approve')}
          </Button>
        </Space>
      }
    >
      {hazard ? (
        <Descriptions size="small" column={1} bordered style={{ marginBottom: 16 }}>
          <Descriptions.Item label={t('hazard.field.enterprise')}>{hazard.enterprise.name}</Descriptions.Item>
          <Descriptions.Item label={t('hazard.field.description')}>{hazard.description}</Descriptions.Item>
          <Descriptions.Item label={t('hazard.field.measures')}>
            {hazard.rectificationMeasures ?? '—'} <ReporterTag onBehalf={hazard.reportedOnBehalf} />
          </Descriptions.Item>
          {fiveItemRows(hazard, t, locale, { always: true })}
        </Descriptions>
      ) : null}
      <ErrorAlert error={signOff.error} />
      <Form form={form} layout="vertical" preserve={false} initialValues={{ newRectifyBy: defaultNewRectifyBy() }}>
        <SendBackFields
          sendingBack={() => mode.current === 'return'}
          labels={{
            comment: 'signOff.comment',
            commentHint: 'signOff.commentHint',
            commentRequired: 'signOff.commentRequired',
            deadlineHint: 'signOff.newRectifyByHint',
          }}
          testIds={{ comment: 'sign-off-comment', deadline: 'sign-off-new-deadline' }}
        />
      </Form>
    </Modal>
  );
}

export function SignOffPage() {
  const { t, locale } = useLocale();
  const { message } = App.useApp();
  const list = useConnectionList(ListQuery, { filter: { status: AWAITING } }, (data) => data.hazards);
  const [deciding, setDeciding] = useState<Row | null>(null);
  const [detail, setDetail] = useState<string | null>(null);

  const columns: ColumnsType<Row> = [
    {
      title: t('hazard.field.description'),
      key: 'description',
      render: (_, row) => (
        <TwoLines
          main={<Typography.Text strong>{row.description}</Typography.Text>}
          detail={`${row.enterprise.name} · ${row.regulator.name}`}
        />
      ),
    },
    {
      title: t('signOff.reportedBy'),
      key: 'reporter',
      width: 180,
      responsive: ['md'],
      render: (_, row) => (
        <Space size={4} wrap>
          {row.reporterName ?? '—'}
          <ReporterTag onBehalf={row.reportedOnBehalf} />
        </Space>
      ),
    },
    {
      title: t('rectification.verify.reportedAt'),
      key: 'reportedAt',
      width: 160,
      responsive: ['lg'],
      render: (_, row) => formatDateTime(row.reportedAt, locale),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 200,
      render: (_, row) => (
        <Space wrap onClick={(event) => event.stopPropagation()}>
          <Button type="primary" onClick={() => setDeciding(row)} data-testid="sign-off-open">
            {t('signOff.action')}
          </Button>
          <Button icon={<AuditOutlined />} onClick={() => setDetail(row.id)} aria-label={t('common.details')}>
            {t('common.details')}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <Page
      title={t('signOff.title')}
      testId="sign-off-page"
      extra={<RefreshButton onRefresh={() => void list.refetch()} />}
    >
      <ListTable
        list={list}
        columns={columns}
        rowTestId="sign-off-row"
        hint={t('signOff.hint')}
        empty={t('signOff.empty')}
        onRowClick={(row) => setDetail(row.id)}
      />
      <SignOffDialog
        hazard={deciding}
        onClose={() => setDeciding(null)}
        onDone={(approved) => {
          setDeciding(null);
          message.success(approved ? t('signOff.approved') : t('signOff.returned'));
          void list.refetch();
        }}
      />
      <HazardDetailDrawer hazardId={detail} onClose={() => setDetail(null)} auditPath="/admin/audit" />
    </Page>
  );
}
