// Back to the list a page was opened from.
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useT } from '../locales';

export function BackButton({ to, plain = false }: { to: string; plain?: boolean }) {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Button icon={plain ? undefined : <ArrowLeftOutlined />} onClick={() => void navigate(to)}>
      {t('common.back')}
    </Button>
  );
}
