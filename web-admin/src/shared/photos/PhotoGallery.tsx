import { Image, Space, Typography } from 'antd';
import { useT } from '../../locales';
import { AuthImage } from './AuthImage';

export interface PhotoRef {
  id: string;
  url: string;
  step?: string | null;
}

const STEPS = [
  'FOUND',
  'INSPECTION',
  'RECTIFICATION_REPORTED',
  'VERIFICATION_PASSED',
  'VERIFICATION_REJECTED',
] as const;

export function PhotoGallery({ photos }: { photos: readonly PhotoRef[] }) {
  const t = useT();
  if (photos.length === 0) return <Typography.Text type="secondary">{t('photo.none')}</Typography.Text>;
  return (
    <Image.PreviewGroup>
      <Space wrap size={12}>
        {photos.map((photo) => {
          const step = STEPS.find((s) => s === photo.step);
          return (
            <figure key={photo.id} style={{ margin: 0, textAlign: 'center' }}>
              <AuthImage url={photo.url} alt={t('photo.preview')} />
              {step ? (
                <figcaption>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t(`photo.step.${step}`)}
                  </Typography.Text>
                </figcaption>
              ) : null}
            </figure>
          );
        })}
      </Space>
    </Image.PreviewGroup>
  );
}
