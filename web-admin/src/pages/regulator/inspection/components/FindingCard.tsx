// One finding (a hazard as recorded on site): level, what and where, the deadline, photos.
import { DeleteOutlined } from '@ant-design/icons';
import { Button, Card, Col, Form, Input, Radio, Row, Select } from 'antd';
import { DateTimeInput } from '../../../../components/DateTimeInput';
import { fromShanghaiInput } from '../../../../format';
import type { HazardLevel } from '../../../../gql/graphql';
import { useT } from '../../../../locales';
import { PhotoUpload } from '../../../../shared/photos/PhotoUpload';

const YEAR_2 = 2 * 366 * 86_400_000;

export function FindingCard({
  index,
  fieldName,
  items,
  inspectedAt,
  onRemove,
  onBusy,
}: {
  index: number;
  fieldName: number;
  items: readonly { id: string; text: string }[];
  inspectedAt: string | undefined;
  onRemove: () => void;
  onBusy: (busy: boolean) => void;
}) {
  const t = useT();
  return (
    <Card
      size="small"
      data-testid="finding-card"
      style={{ marginBottom: 12, borderLeft: '3px solid #fa8c16' }}
      title={t('inspection.finding.title', { n: index + 1 })}
      extra={
        <Button
          type="text"
          danger
          icon={<DeleteOutlined />}
          onClick={onRemove}
          aria-label={t('inspection.finding.remove', { n: index + 1 })}
        />
      }
    >
      <Row gutter={16}>
        <Col xs={24} md={10}>
          <Form.Item name={[fieldName, 'level']} label={t('hazard.field.level')} rules={[{ required: true }]}>
            <Radio.Group
              data-testid="finding-level"
              optionType="button"
              buttonStyle="solid"
              options={(['GENERAL', 'MAJOR'] as const).map((l: HazardLevel) => ({
                value: l,
                label: t(`enum.hazardLevel.${l}`),
              }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={14}>
          <Form.Item
            name={[fieldName, 'rectifyBy']}
            label={t('hazard.field.rectifyBy')}
            rules={[
              { required: true, message: t('common.required', { field: t('hazard.field.rectifyBy') }) },
              {
                validator: async (_, value: string | undefined) => {
                  const at = Date.parse(fromShanghaiInput(value) ?? '');
                  const from = Date.parse(fromShanghaiInput(inspectedAt) ?? '') || Date.now();
                  if (Number.isNaN(at)) return;
                  if (at <= from) throw new Error(t('inspection.problem.rectifyBeforeInspection'));
                  if (at > Date.now() + YEAR_2) throw new Error(t('inspection.problem.rectifyTooFar'));
                },
              },
            ]}
          >
            <DateTimeInput testId="finding-rectify-by" ariaLabel={t('hazard.field.rectifyBy')} />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item
            name={[fieldName, 'description']}
            label={t('hazard.field.description')}
            rules={[
              {
                required: true,
                whitespace: true,
                message: t('common.required', { field: t('hazard.field.description') }),
              },
              { max: 2000 },
            ]}
          >
            <Input.TextArea rows={2} data-testid="finding-description" maxLength={2000} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={[fieldName, 'location']} label={t('hazard.field.location')} rules={[{ max: 200 }]}>
            <Input data-testid="finding-location" placeholder={t('inspection.finding.locationPlaceholder')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={[fieldName, 'checklistItemId']} label={t('hazard.field.checklistItem')}>
            <Select<string>
              allowClear
              options={items.map((i) => ({ value: i.id, label: i.text }))}
              placeholder={t('inspection.finding.noItem')}
              popupMatchSelectWidth={false}
            />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item name={[fieldName, 'photoIds']} label={t('inspection.finding.photos')}>
            <PhotoUpload testId={`finding-photos-${index}`} onBusyChange={onBusy} />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}
