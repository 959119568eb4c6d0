// A report as a Word document (GET /reports/<id>.docx in 公文 layout): fetched with the session like the other
// downloads, saved under the name the server gives it (the report's title).
import { FileWordOutlined } from '@ant-design/icons';
import { App, Button, type ButtonProps } from 'antd';
import { useState } from 'react';
import { saveFile } from '../../api/client';
import { errorText } from '../../api/errors';
import { useT } from '../../locales';

export function ReportDownloadButton({
  report,
  name,
  type = 'link',
  testId,
}: {
  report: { docxUrl: string };
  /** What the report is called (its title, or its kind and period): the button's label for a screen reader. */
  name: string;
  type?: ButtonProps['type'];
  testId?: string;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const download = () => {
    setBusy(true);
    saveFile(report.docxUrl, `${name}.docx`)
      .catch((caught: unknown) => message.error(errorText(caught, t)))
      .finally(() => setBusy(false));
  };
  return (
    <Button
      type={type}
      icon={<FileWordOutlined />}
      loading={busy}
      onClick={download}
      data-testid={testId}
      data-href={report.docxUrl}
      aria-label={t('report.downloadOf', { title: name })}
    >
      {t('report.download')}
    </Button>
  );
}
