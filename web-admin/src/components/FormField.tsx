// One field of a form in its cell of the grid: the label, and the rule that it must be filled in or picked.
import { Col, Form, type ColProps, type FormItemProps } from 'antd';
import { useT } from '../locales';

/** Half the row from a tablet up, the whole row on a phone. */
export const HALF: ColProps = { xs: 24, md: 12 };

export function FormField({
  cell = HALF,
  label,
  required,
  rules = [],
  ...item
}: Omit<FormItemProps, 'label' | 'required'> & {
  cell?: ColProps;
  label: string;
  /** The field must be filled in (typed) or picked (chosen from a list): its message says which. */
  required?: 'fill' | 'pick';
}) {
  const t = useT();
  const must = required
    ? [{ required: true, message: t(required === 'pick' ? 'common.select' : 'common.required', { field: label }) }]
    : [];
  return (
    <Col {...cell}>
      <Form.Item label={label} rules={[...must, ...rules]} {...item} />
    </Col>
  );
}
