// 开展分级评定: a grading run up to the end of a chosen day, or of the quarter just ended when none is chosen.
import { Form, Input, Row } from 'antd';
import { useMutation } from '../../api/hooks';
import { FormDialog } from '../../components/FormDialog';
import { FormField } from '../../components/FormField';
import { shanghaiDayStart, toShanghaiDate } from '../../format';
import { useT } from '../../locales';
import { RunGradingMutation } from './queries';

interface RunForm {
  day?: string;
}

/** The end of the chosen Shanghai day, or now for today (a period cannot end in the future). */
function periodEndOf(day: string | undefined): string | null {
  if (!day) return null;
  const end = shanghaiDayStart(day, 1);
  if (!end) return null;
  return Date.parse(end) > Date.now() ? new Date().toISOString() : end;
}

export function RunGradingDialog({
  open,
  onClose,
  onStarted,
}: {
  open: boolean;
  onClose: () => void;
  onStarted: (id: string) => void;
}) {
  const t = useT();
  const [form] = Form.useForm<RunForm>();
  const run = useMutation(RunGradingMutation);

  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const result = await run.run({ periodEnd: periodEndOf(values.day) });
    if (result) onStarted(result.runGrading.id);
  };

  return (
    <FormDialog
      open={open}
      texts="grading.run"
      mutation={run}
      onSubmit={submit}
      onClose={onClose}
      testId="grading-run-dialog"
      submitTestId="grading-run-submit"
    >
      <Form<RunForm> form={form} layout="vertical">
        <Row gutter={16}>
          <FormField
            cell={{ xs: 24 }}
            name="day"
            label={t('grading.run.periodEnd')}
            extra={t('grading.run.periodEndHint')}
          >
            <Input
              type="date"
              max={toShanghaiDate(new Date())}
              aria-label={t('grading.run.periodEnd')}
              data-testid="grading-run-period-end"
            />
          </FormField>
        </Row>
      </Form>
    </FormDialog>
  );
}
