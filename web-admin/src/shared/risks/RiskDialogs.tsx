// 风险上报 (a unit reports a risk) and 处置/办结 (its unit starts handling it, or closes it with the evidence).
import { Descriptions, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { newIdempotencyKey } from '../../api/client';
import { useMutation } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { RiskFieldsFragment, RiskKind, RiskLevel } from '../../gql/graphql';
import { useLocale } from '../../locales';
import { HandleRiskMutation, ReportRiskMutation } from './queries';

export const RISK_KINDS: readonly RiskKind[] = [
  'FLOOD',
  'GEOLOGICAL',
  'HAZARDOUS_CHEMICALS',
  'CONSTRUCTION',
  'FIRE',
  'TRAFFIC',
  'OTHER',
];
export const RISK_LEVELS: readonly RiskLevel[] = ['MAJOR', 'SIGNIFICANT', 'GENERAL', 'LOW'];

interface ReportForm {
  kind: RiskKind;
  level: RiskLevel;
  place: string;
  description: string;
  measures: string;
}

export function ReportRiskDialog({
  open,
  onClose,
  onDone,
}: {
  open: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useLocale();
  const [form] = Form.useForm<ReportForm>();
  const report = useMutation(ReportRiskMutation);
  const [key, setKey] = useState(newIdempotencyKey);
  const close = () => {
    report.reset();
    onClose();
  };
  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const result = await report.run({ input: { ...values, idempotencyKey: key } });
    if (result) {
      setKey(newIdempotencyKey());
      form.resetFields();
      onDone();
    }
  };
  const required = (message: string) => [{ required: true, whitespace: true, message }];
  return (
    <Modal
      open={open}
      title={t('risks.report.title')}
      onCancel={close}
      onOk={() => void submit()}
      okText={t('risks.report.submit')}
      okButtonProps={{ loading: report.loading, id: 'risk-report-submit' }}
      destroyOnHidden
      width={640}
      modalRender={(node) => <div data-testid="risk-report-dialog">{node}</div>}
    >
      <ErrorAlert error={report.error} />
      <Form form={form} layout="vertical" preserve={false} initialValues={{ kind: 'OTHER', level: 'GENERAL' }}>
        <Form.Item name="kind" label={t('risks.field.kind')} rules={[{ required: true }]}>
          <Select options={RISK_KINDS.map((k) => ({ value: k, label: t(`risks.kind.${k}`) }))} />
        </Form.Item>
        <Form.Item
          name="level"
          label={t('risks.field.level')}
          extra={t('risks.report.levelHint')}
          rules={[{ required: true }]}
        >
          <Select options={RISK_LEVELS.map((l) => ({ value: l, label: t(`risks.level.${l}`) }))} />
        </Form.Item>
        <Form.Item name="place" label={t('risks.field.place')} rules={required(t('risks.report.placeRequired'))}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('risks.field.description')}
          rules={required(t('risks.report.descriptionRequired'))}
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item
          name="measures"
          label={t('risks.field.measures')}
          rules={required(t('risks.report.measuresRequired'))}
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function HandleRiskDialog({
  risk,
  action,
  onClose,
  onDone,
}: {
  risk: RiskFieldsFragment | null;
  action: 'START' | 'CLOSE';
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useLocale();
  const [form] = Form.useForm<{ text: string }>();
  const handle = useMutation(HandleRiskMutation);
  const [key, setKey] = useState(newIdempotencyKey);
  const close = () => {
    handle.reset();
    onClose();
  };
  const submit = async () => {
    if (!risk) return;
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const text = values.text.trim();
    const result = await handle.run({
      input:
        action === 'START'
          ? { riskId: risk.id, action, note: text, idempotencyKey: key }
          : { riskId: risk.id, action, evidence: text, idempotencyKey: key },
    });
    if (result) {
      setKey(newIdempotencyKey());
      onDone();
    }
  };
  return (
    <Modal
      open={risk !== null}
      title={t(action === 'START' ? 'risks.start.title' : 'risks.close.title')}
      onCancel={close}
      onOk={() => void submit()}
      okText={t(action === 'START' ? 'risks.start.action' : 'risks.close.action')}
      okButtonProps={{ loading: handle.loading, id: 'risk-handle-submit' }}
      destroyOnHidden
      modalRender={(node) => <div data-testid="risk-handle-dialog">{node}</div>}
    >
      {risk ? (
        <Descriptions size="small" column={1} bordered style={{ marginBottom: 16 }}>
          <Descriptions.Item label={t('risks.field.place')}>{risk.place}</Descriptions.Item>
          <Descriptions.Item label={t('risks.field.description')}>{risk.description}</Descriptions.Item>
          <Descriptions.Item label={t('risks.field.measures')}>{risk.measures}</Descriptions.Item>
        </Descriptions>
      ) : null}
      <ErrorAlert error={handle.error} />
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item
          name="text"
          label={t(action === 'START' ? 'risks.field.handlingNote' : 'risks.field.closingEvidence')}
          extra={action === 'CLOSE' ? t('risks.close.hint') : undefined}
          rules={[{ required: true, whitespace: true, message: t('risks.handle.textRequired') }]}
        >
          <Input.TextArea rows={4} maxLength={action === 'START' ? 1000 : 2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
