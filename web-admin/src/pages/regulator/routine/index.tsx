// 日常检查 / 打非治违: an inspection without a campaign at an enterprise in the unit's charge, found by name or credit
// code. Its findings become hazards in the ordinary rectification loop.
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Form, Input, InputNumber, Radio, Row, Select, Space, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { newIdempotencyKey } from '../../../api/client';
import { useMutation, useQuery } from '../../../api/hooks';
import { DateTimeInput } from '../../../components/DateTimeInput';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Page } from '../../../components/Page';
import type { RoutineInspectionKind } from '../../../gql/graphql';
import { useLocale } from '../../../locales';
import { DocumentsCard } from '../../../shared/documents/DocumentsCard';
import { PhotoUpload, useUploadsBusy } from '../../../shared/photos/PhotoUpload';
import { FindingCard } from '../inspection/components/FindingCard';
import { inspectionDefaults, newFinding, toSubmitInput, type InspectionValues } from '../inspection/form';
import { IllegalSiteLeads } from './IllegalSiteLeads';
import { RecordRoutineInspectionMutation, RoutineEnterpriseOptionsQuery } from './queries';

const KINDS: readonly RoutineInspectionKind[] = ['ROUTINE', 'CRACKDOWN'];

interface RoutineValues extends InspectionValues {
  kind: RoutineInspectionKind;
  enterpriseId?: string;
}

/** A search box over the enterprises the viewer sees, by name or credit code. */
export function EnterpriseSearch({
  value,
  onChange,
  mode,
  testId,
}: {
  value?: string | string[];
  onChange?: (value: string | string[]) => void;
  mode?: 'multiple';
  testId: string;
}) {
  const { t } = useLocale();
  const [search, setSearch] = useState('');
  const options = useQuery(RoutineEnterpriseOptionsQuery, { search: search.trim() || null });
  // Labels of every enterprise seen, so a chosen one keeps its name while the search moves on.
  const [known] = useState(() => new Map<string, string>());
  for (const { node } of options.data?.enterprises.edges ?? []) known.set(node.id, `${node.name}（${node.uscc}）`);
  const chosen = value === undefined ? [] : Array.isArray(value) ? value : [value];
  const shown = new Set((options.data?.enterprises.edges ?? []).map(({ node }) => node.id));
  return (
    <Select<string | string[]>
      showSearch
      mode={mode}
      value={value}
      onChange={(v) => onChange?.(v)}
      filterOption={false}
      onSearch={setSearch}
      loading={options.loading}
      placeholder={t('routine.enterprise.placeholder')}
      data-testid={testId}
      options={[...shown, ...chosen.filter((id) => !shown.has(id))].map((id) => ({
        value: id,
        label: known.get(id) ?? id,
      }))}
    />
  );
}

export function RoutineInspectionPage() {
  const { t } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<RoutineValues>();
  const record = useMutation(RecordRoutineInspectionMutation);
  const [key, setKey] = useState(newIdempotencyKey);
  // The inspection just recorded with findings: its 执法文书 to print and have signed for before leaving the site.
  const [recordedId, setRecordedId] = useState<string | null>(null);
  const uploads = useUploadsBusy();
  const inspectedAt = Form.useWatch('inspectedAt', form);

  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values?.enterpriseId) return;
    const { taskId: _none, ...input } = toSubmitInput('', values, key);
    const result = await record.run({ input: { ...input, kind: values.kind, enterpriseId: values.enterpriseId } });
    if (result) {
      const recorded = result.recordRoutineInspection;
      void message.success(
        t('routine.done', { enterprise: recorded.enterprise.name, hazards: recorded.hazards.length }),
      );
      setKey(newIdempotencyKey());
      setRecordedId(recorded.hazards.length > 0 ? recorded.id : null);
      form.resetFields();
    }
  };

  const inspectionForm = (
    <>
      {recordedId ? (
        <div style={{ marginBottom: 16 }}>
          <DocumentsCard key={recordedId} subjectId={recordedId} mayIssue title="document.list.recorded" />
        </div>
      ) : null}
      <ErrorAlert error={record.error} />
      <Form<RoutineValues>
        form={form}
        layout="vertical"
        initialValues={{ ...inspectionDefaults(), kind: 'ROUTINE' }}
        onFinish={() => void submit()}
      >
        <Card size="small" style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item name="kind" label={t('routine.field.kind')} rules={[{ required: true }]}>
                <Radio.Group
                  optionType="button"
                  buttonStyle="solid"
                  options={KINDS.map((k) => ({ value: k, label: t(`routine.kind.${k}`) }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={16}>
              <Form.Item
                name="enterpriseId"
                label={t('routine.field.enterprise')}
                rules={[{ required: true, message: t('routine.enterprise.required') }]}
              >
                <EnterpriseSearch testId="routine-enterprise" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="inspectedAt" label={t('inspection.field.inspectedAt')} rules={[{ required: true }]}>
                <DateTimeInput testId="routine-inspected-at" ariaLabel={t('inspection.field.inspectedAt')} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="inspectorCount"
                label={t('inspection.field.inspectors')}
                rules={[{ required: true, type: 'integer', min: 1, max: 50 }]}
              >
                <InputNumber min={1} max={50} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name="notes" label={t('routine.field.notes')} rules={[{ max: 2000 }]}>
                <Input.TextArea rows={2} maxLength={2000} placeholder={t('routine.notesPlaceholder')} />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name="photoIds" label={t('routine.field.photos')}>
                <PhotoUpload testId="routine-photos" onBusyChange={uploads.onBusyChange} />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Form.List name="findings">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <FindingCard
                  key={field.key}
                  index={index}
                  fieldName={field.name}
                  items={[]}
                  inspectedAt={inspectedAt}
                  onRemove={() => remove(field.name)}
                  onBusy={uploads.onBusyChange}
                />
              ))}
              <Space style={{ marginBottom: 16 }}>
                <Button icon={<PlusOutlined />} onClick={() => add(newFinding('GENERAL'))} data-testid="routine-add">
                  {t('routine.addFinding')}
                </Button>
              </Space>
            </>
          )}
        </Form.List>
        <Button
          type="primary"
          htmlType="submit"
          loading={record.loading}
          disabled={uploads.busy}
          data-testid="routine-submit"
        >
          {t('routine.submit')}
        </Button>
      </Form>
    </>
  );

  return (
    <Page title={t('routine.title')} testId="routine-page">
      <Typography.Paragraph type="secondary">{t('routine.intro')}</Typography.Paragraph>
      <Tabs
        items={[
          { key: 'registered', label: t('routine.tab.registered'), children: inspectionForm },
          { key: 'unregistered', label: t('routine.tab.unregistered'), children: <IllegalSiteLeads /> },
        ]}
      />
    </Page>
  );
}
