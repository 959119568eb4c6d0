// Write a checklist template: its name, the industries it is for, and its items in order (类别, 检查内容, 依据,
// 重大隐患判定). Saving an existing one makes a new version; campaigns already launched keep theirs, and it says so.
import { DeleteOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Select, Switch, Tooltip, Upload } from 'antd';
import { useEffect, useState } from 'react';
import { CHECKLIST_LIMITS } from '../../../../../../domain/checklist-rules';
import { newIdempotencyKey, requestWithFile } from '../../../../api/client';
import { asApiError, type ApiError } from '../../../../api/errors';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { INDUSTRIES } from '../../../../../../domain/types';
import { useMutation } from '../../../../api/hooks';
import { FormDialog } from '../../../../components/FormDialog';
import type { ChecklistAdminListQuery, Industry } from '../../../../gql/graphql';
import { useT } from '../../../../locales';
import {
  ChecklistItemsFromFileMutation,
  CreateChecklistTemplateMutation,
  UpdateChecklistTemplateMutation,
} from '../queries';

export type ChecklistRow = ChecklistAdminListQuery['checklistTemplates'][number];

interface ItemForm {
  category: string;
  text: string;
  basis?: string | null;
  majorCriterion: boolean;
}

interface EditorForm {
  name: string;
  industries: Industry[];
  items: ItemForm[];
}

const EMPTY_ITEM: ItemForm = { category: '', text: '', basis: '', majorCriterion: false };

export function ChecklistEditor({
  open,
  template,
  onClose,
  onSaved,
}: {
  open: boolean;
  /** The current version to edit; null for a new template. */
  template: ChecklistRow | null;
  onClose: () => void;
  onSaved: (name: string, version: number) => void;
}) {
  const t = useT();
  const [form] = Form.useForm<EditorForm>();
  const create = useMutation(CreateChecklistTemplateMutation);
  const update = useMutation(UpdateChecklistTemplateMutation);
  const mutation = template ? update : create;
  const [reading, setReading] = useState(false);
  const [fileError, setFileError] = useState<ApiError | undefined>(undefined);
  // One key per opening of the dialog: a second click or a resend creates one template, not two.
  const [creationKey, setCreationKey] = useState(newIdempotencyKey);

  /** The items of an uploaded sheet replace the form's, to be looked over before saving. */
  const readFile = async (file: File) => {
    setFileError(undefined);
    setReading(true);
    try {
      const result = await requestWithFile(ChecklistItemsFromFileMutation, { file }, file);
      form.setFieldValue(
        'items',
        result.checklistItemsFromFile.map((item) => ({ ...item, basis: item.basis ?? '' })),
      );
    } catch (caught) {
      setFileError(asApiError(caught));
    } finally {
      setReading(false);
    }
  };

  useEffect(() => {
    if (!open) return;
    setFileError(undefined);
    setCreationKey(newIdempotencyKey());
    form.setFieldsValue(
      template
        ? {
            name: template.name,
            industries: template.industries,
            items: template.items.map((item) => ({
              category: item.category,
              text: item.text,
              basis: item.basis ?? '',
              majorCriterion: item.majorCriterion,
            })),
          }
        : { name: '', industries: [], items: [{ ...EMPTY_ITEM }] },
    );
  }, [open, template, form]);

  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const input = {
      name: values.name.trim(),
      industries: values.industries,
      items: values.items.map((item) => ({
        category: item.category.trim(),
        text: item.text.trim(),
        basis: item.basis?.trim() || null,
        majorCriterion: item.majorCriterion,
      })),
    };
    if (template) {
      const result = await update.run({ id: template.id, input });
      if (result) onSaved(result.updateChecklistTemplate.name, result.updateChecklistTemplate.version);
    } else {
      const result = await create.run({ input, key: creationKey });
      if (result) onSaved(result.createChecklistTemplate.name, result.createChecklistTemplate.version);
    }
  };

  return (
    <FormDialog
      open={open}
      texts={template ? 'checklists.edit' : 'checklists.create'}
      mutation={mutation}
      onSubmit={submit}
      onClose={onClose}
      testId="checklist-editor"
      submitTestId="checklist-save"
      width={960}
      intro={
        template ? (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title={t('checklists.edit.versionNotice', { next: template.version + 1 })}
          />
        ) : null
      }
    >
      <Form<EditorForm> form={form} layout="vertical">
        <Form.Item
          name="name"
          label={t('checklists.field.name')}
          rules={[
            {
              required: true,
              whitespace: true,
              min: CHECKLIST_LIMITS.nameMin,
              max: CHECKLIST_LIMITS.nameMax,
              message: t('checklists.rule.name'),
            },
          ]}
        >
          <Input data-testid="checklist-name" />
        </Form.Item>
        <Form.Item name="industries" label={t('checklists.field.industries')} extra={t('checklists.industries.hint')}>
          <Select<Industry[]>
            mode="multiple"
            allowClear
            data-testid="checklist-industries"
            options={INDUSTRIES.map((i) => ({ value: i, label: t(`enum.industry.${i}`) }))}
          />
        </Form.Item>
        <div className="checklist-file">
          <Upload
            accept=".xlsx,.csv"
            showUploadList={false}
            beforeUpload={(file) => {
              void readFile(file);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={reading} data-testid="checklist-upload">
              {t('checklists.file.upload')}
            </Button>
          </Upload>
          <span className="checklist-file-hint">{t('checklists.file.hint')}</span>
        </div>
        <ErrorAlert error={fileError} />
        <Form.List name="items">
          {(fields, { add, remove }) => (
            <div data-testid="checklist-items">
              {fields.map((field, index) => (
                <div key={field.key} className="checklist-item-row" data-testid="checklist-item">
                  <span className="checklist-item-number">{index + 1}</span>
                  <Form.Item
                    name={[field.name, 'category']}
                    rules={[{ required: true, whitespace: true, message: t('checklists.rule.category') }]}
                    style={{ width: 140 }}
                  >
                    <Input
                      placeholder={t('checklists.field.category')}
                      aria-label={t('checklists.field.category')}
                      maxLength={CHECKLIST_LIMITS.category}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'text']}
                    rules={[{ required: true, whitespace: true, message: t('checklists.rule.text') }]}
                    style={{ flex: 2 }}
                  >
                    <Input.TextArea
                      autoSize={{ minRows: 1, maxRows: 4 }}
                      placeholder={t('checklists.field.text')}
                      aria-label={t('checklists.field.text')}
                      maxLength={CHECKLIST_LIMITS.text}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'basis']} style={{ flex: 1 }}>
                    <Input
                      placeholder={t('checklists.field.basis')}
                      aria-label={t('checklists.field.basis')}
                      maxLength={CHECKLIST_LIMITS.basis}
                    />
                  </Form.Item>
                  <Tooltip title={t('checklists.field.majorCriterion')}>
                    <Form.Item name={[field.name, 'majorCriterion']} valuePropName="checked">
                      <Switch
                        size="small"
                        checkedChildren={t('checklists.major')}
                        unCheckedChildren={t('checklists.general')}
                        aria-label={t('checklists.field.majorCriterion')}
                      />
                    </Form.Item>
                  </Tooltip>
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t('checklists.item.remove', { n: index + 1 })}
                    disabled={fields.length === 1}
                    onClick={() => remove(field.name)}
                  />
                </div>
              ))}
              <Button
                type="dashed"
                block
                icon={<PlusOutlined />}
                disabled={fields.length >= CHECKLIST_LIMITS.maxItems}
                onClick={() => add({ ...EMPTY_ITEM })}
                data-testid="checklist-add-item"
              >
                {t('checklists.item.add')}
              </Button>
            </div>
          )}
        </Form.List>
      </Form>
    </FormDialog>
  );
}
