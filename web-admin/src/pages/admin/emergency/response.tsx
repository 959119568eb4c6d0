// One response in the county office's portal: the shared page (head, live board, reports, level history, summary)
// with the office's steps — 调整级别 and 结束响应 while it runs — and its audit trail.
import { AuditOutlined, RiseOutlined, StopOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useT } from '../../../locales';
import { ResponsePage, type LoadedResponse } from '../../../shared/emergency/ResponsePage';
import { ChangeLevelDialog, EndResponseDialog } from './components/ResponseStepDialogs';

function Actions({ response, refresh }: { response: LoadedResponse; refresh: () => void }) {
  const t = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [step, setStep] = useState<'level' | 'end' | null>(null);
  const active = response.status === 'ACTIVE';
  return (
    <>
      <Button
        icon={<AuditOutlined />}
        onClick={() => void navigate(`/admin/audit?subjectId=${encodeURIComponent(response.id)}`)}
      >
        {t('common.auditLog')}
      </Button>
      {active ? (
        <>
          <Button icon={<RiseOutlined />} onClick={() => setStep('level')} data-testid="response-change-level">
            {t('response.changeLevel.action')}
          </Button>
          <Button danger icon={<StopOutlined />} onClick={() => setStep('end')} data-testid="response-end">
            {t('response.end.action')}
          </Button>
          <ChangeLevelDialog
            response={response}
            open={step === 'level'}
            onClose={() => setStep(null)}
            onChanged={() => {
              setStep(null);
              message.success(t('response.changeLevel.done'));
              refresh();
            }}
          />
          <EndResponseDialog
            response={response}
            open={step === 'end'}
            onClose={() => setStep(null)}
            onEnded={() => {
              setStep(null);
              message.success(t('response.end.done'));
              refresh();
            }}
          />
        </>
      ) : null}
    </>
  );
}

export function AdminResponsePage() {
  return (
    <ResponsePage portal="admin" actions={(response, refresh) => <Actions response={response} refresh={refresh} />} />
  );
}
