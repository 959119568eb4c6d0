// 台账检查: the supervision group's verdict on each of a unit's ledgers (a failed one says what is wrong) and its overall
// remarks, recorded once; once recorded, the dialog shows the result.
import { Button, Descriptions, Form, Input, Modal, Radio, Space, Typography } from 'antd';
import { LIMITS } from '../../../../../../domain/limits';
import { useMutation, useQuery } from '../../../../api/hooks';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { FormDialog } from '../../../../components/FormDialog';
import { formatDateTime } from '../../../../format';
import type { SupervisionTargetFieldsFragment as Target } from '../../../../gql/graphql';
import { useLocale, useT } from '../../../../locales';
import { RecordLedgerCheckMutation, SupervisionLedgerItemsQuery } from '../queries';
import { LedgerStatusTag } from './LedgerStatusTag';

interface LedgerValues {
  items: Record<string, { passed?: boolean; note?: string }>;
  notes?: string;
}

type Recorded = NonNullable<Target['ledgerCheck']>;

/** The check as recorded: each item's verdict and note, the remarks, who checked and when. */
function LedgerResult({ check }: { check: Recorded }) {
  const { t, locale } = useLocale();
  const by = check.checkedByName ?? '—';
  const at = formatDateTime(check.checkedAt, locale);
  return (
    <>
      <Typography.Paragraph type="secondary" data-testid="ledger-recorded">
        {check.failed > 0
          ? t('supervision.ledger.recorded', { by, at, n: check.failed })
          : t('supervision.ledger.recordedPassed', { by, at })}
      </Typography.Paragraph>
      <Descriptions size="small" column={1} bordered>
        {check.items.map((item) => (
          <Descriptions.Item key={item.code} label={item.label}>
            <Space wrap size={4} data-testid="ledger-result-item">
              <Typography.Text type={item.passed ? 'success' : 'danger'} strong>
                {t(item.passed ? 'supervision.ledger.pass' : 'supervision.ledger.fail')}
              </Typography.Text>
              {item.note ? <Typography.Text>{item.note}</Typography.Text> : null}
            </Space>
          </Descriptions.Item>
        ))}
        <Descriptions.Item label={t('supervision.ledger.notes')}>{check.notes ?? '—'}</Descriptions.Item>
      </Descriptions>
    </>
  );
}

function LedgerItemsFields({ target }: { target: Target }) {
  const t = useT();
  const items = useQuery(SupervisionLedgerItemsQuery, {});
  return (
    <>
      <Typography.Paragraph type="secondary">
        {t('supervision.ledger.intro', { unit: target.unit.name })}
      </Typography.Paragraph>
      <ErrorAlert
        error={items.error}
        onRetry={() => {
          void items.refetch();
        }}
      />
      {(items.data?.supervisionLedgerItems ?? []).map((item, index) => (
        <div key={item.code} data-testid="ledger-item" style={{ marginBottom: 8 }}>
          <Typography.Text strong>
            {index + 1}. {item.label}
          </Typography.Text>
          <Space align="start" wrap style={{ display: 'flex', marginTop: 4 }}>
            <Form.Item
              name={['items', item.code, 'passed']}
              rules={[{ required: true, message: t('supervision.ledger.verdictRequired') }]}
              style={{ marginBottom: 0 }}
            >
              <Radio.Group
                optionType="button"
                aria-label={item.label}
                options={[
                  { value: true, label: t('supervision.ledger.pass') },
                  { value: false, label: t('supervision.ledger.fail') },
                ]}
              />
            </Form.Item>
            <Form.Item
              name={['items', item.code, 'note']}
              dependencies={[['items', item.code, 'passed']]}
              style={{ marginBottom: 0, minWidth: 320 }}
              rules={[
                ({ getFieldValue }) => ({
                  validator: async (_, value: string | undefined) => {
                    if (getFieldValue(['items', item.code, 'passed']) === false && !value?.trim())
                      throw new Error(t('supervision.ledger.noteRequired'));
                  },
                }),
              ]}
            >
              <Input
                maxLength={LIMITS.shortText}
                placeholder={t('supervision.ledger.notePlaceholder')}
                aria-label={`${item.label} ${t('supervision.ledger.note')}`}
                data-testid="ledger-note"
              />
            </Form.Item>
          </Space>
        </div>
      ))}
      <Form.Item name="notes" label={t('supervision.ledger.notes')} style={{ marginTop: 16 }}>
        <Input.TextArea rows={2} maxLength={LIMITS.longText} data-testid="ledger-notes" />
      </Form.Item>
    </>
  );
}

export function LedgerCheckDialog({
  campaignId,
  target,
  onClose,
  onRecorded,
}: {
  campaignId: string;
  /** The unit whose ledgers are checked (or whose check is shown); null: closed. */
  target: Target | null;
  onClose: () => void;
  onRecorded: (target: Target) => void;
}) {
  const { t } = useLocale();
  const [form] = Form.useForm<LedgerValues>();
  const record = useMutation(RecordLedgerCheckMutation);

  if (target?.ledgerCheck) {
    return (
      <Modal
        open
        title={
          <Space wrap>
            {t('supervision.ledger.viewTitle', { unit: target.unit.name })}
            <LedgerStatusTag check={target.ledgerCheck} />
          </Space>
        }
        onCancel={onClose}
        width={720}
        modalRender={(node) => <div data-testid="ledger-view-dialog">{node}</div>}
        footer={
          <Button onClick={onClose} data-testid="ledger-view-close">
            {t('common.close')}
          </Button>
        }
      >
        <LedgerResult check={target.ledgerCheck} />
      </Modal>
    );
  }

  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values || !target) return;
    const result = await record.run({
      input: {
        campaignId,
        unitId: target.unit.id,
        items: Object.entries(values.items ?? {}).map(([code, item]) => ({
          code,
          passed: item.passed === true,
          note: item.note?.trim() || null,
        })),
        notes: values.notes?.trim() || null,
      },
    });
    if (result) onRecorded(result.recordLedgerCheck);
  };

  return (
    <FormDialog
      open={target !== null}
      texts="supervision.ledger"
      mutation={record}
      onSubmit={submit}
      onClose={onClose}
      testId="ledger-dialog"
      submitTestId="ledger-submit"
      width={760}
    >
      {target ? (
        <Form<LedgerValues> form={form} layout="vertical" preserve={false} requiredMark="optional">
          <LedgerItemsFields target={target} />
        </Form>
      ) : null}
    </FormDialog>
  );
}
