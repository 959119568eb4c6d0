// 有奖举报, the public page at /tip: anyone, without login and on a phone, reports a hazard with up to three photos and
// gets a tracking code (查询码), with which the second tab shows the tip's progress. Nothing here needs a session.
import { CameraOutlined, DeleteOutlined, SafetyOutlined, SearchOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Form, Input, Result, Steps, Tabs, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { request, requestWithFiles } from '../../api/client';
import { asApiError, type ApiError } from '../../api/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LangSwitch } from '../../components/LangSwitch';
import { TIP_LIMITS } from '../../../../domain/tips';
import type { TipStatusQuery as TipStatus } from '../../gql/graphql';
import { formatDateTime } from '../../format';
import { useLocale, useT } from '../../locales';
import { SubmitTipMutation, TipStatusQuery } from './queries';

const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'image/heif'];

interface TipForm {
  description: string;
  location: string;
  enterprise?: string;
  contactName?: string;
  contactPhone?: string;
}

interface Photo {
  key: string;
  file: File;
  preview: string;
}

/** Up to three photos kept in the page until the tip is sent with them. */
function PhotoPicker({ photos, onChange }: { photos: Photo[]; onChange: (photos: Photo[]) => void }) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const add = (files: FileList | null) => {
    if (!files) return;
    setProblem(null);
    const next = [...photos];
    for (const file of [...files]) {
      if (next.length >= TIP_LIMITS.photos) {
        setProblem(t('tip.photos.tooMany', { n: TIP_LIMITS.photos }));
        break;
      }
      if (!PHOTO_TYPES.includes(file.type)) {
        setProblem(t('tip.photos.wrongType'));
        continue;
      }
      if (file.size > TIP_LIMITS.photoBytes) {
        setProblem(t('tip.photos.tooLarge', { mb: TIP_LIMITS.photoBytes / 1024 / 1024 }));
        continue;
      }
      next.push({ key: `${file.name}-${file.size}-${Math.random()}`, file, preview: URL.createObjectURL(file) });
    }
    onChange(next);
  };
  return (
    <div>
      <div className="tip-photos">
        {photos.map((photo) => (
          <div key={photo.key} className="tip-photo" data-testid="tip-photo">
            <img src={photo.preview} alt={t('tip.photos.alt')} />
            <Button
              size="small"
              danger
              icon={<DeleteOutlined />}
              aria-label={t('tip.photos.remove')}
              onClick={() => {
                URL.revokeObjectURL(photo.preview);
                onChange(photos.filter((p) => p.key !== photo.key));
              }}
            />
          </div>
        ))}
        {photos.length < TIP_LIMITS.photos ? (
          <Button icon={<CameraOutlined />} onClick={() => input.current?.click()} className="tip-photo-add">
            {t('tip.photos.add')}
          </Button>
        ) : null}
      </div>
      <input
        ref={input}
        type="file"
        accept="image/*"
        multiple
        style={{ display: 'none' }}
        aria-label={t('tip.photos.add')}
        data-testid="tip-photos-input"
        onChange={(event) => {
          add(event.target.files);
          event.target.value = '';
        }}
      />
      {problem ? <Typography.Text type="danger">{problem}</Typography.Text> : null}
    </div>
  );
}

function SubmitTab({ onCode }: { onCode: (code: string) => void }) {
  const t = useT();
  const [form] = Form.useForm<TipForm>();
  const [photos, setPhotos] = useState<Photo[]>([]);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [code, setCode] = useState<string | null>(null);
  const photosRef = useRef(photos);
  photosRef.current = photos;
  useEffect(
    () => () => {
      for (const photo of photosRef.current) URL.revokeObjectURL(photo.preview);
    },
    [],
  );

  const submit = async (values: TipForm) => {
    setSending(true);
    setError(undefined);
    try {
      const result = await requestWithFiles(
        SubmitTipMutation,
        {
          input: {
            description: values.description,
            location: values.location,
            enterprise: values.enterprise?.trim() || null,
            contactName: values.contactName?.trim() || null,
            contactPhone: values.contactPhone?.trim() || null,
            photos: photos.map((p) => p.file),
          },
        },
        photos.map((p, i) => ({ path: `input.photos.${i}`, file: p.file })),
      );
      setCode(result.submitTip.trackingCode);
      onCode(result.submitTip.trackingCode);
      form.resetFields();
      setPhotos([]);
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setSending(false);
    }
  };

  if (code)
    return (
      <Result
        status="success"
        title={t('tip.received.title')}
        subTitle={t('tip.received.hint')}
        extra={[
          <div key="code" className="tip-code">
            <Typography.Text copyable={{ text: code }} strong data-testid="tip-code">
              {code}
            </Typography.Text>
          </div>,
          <Button key="again" onClick={() => setCode(null)}>
            {t('tip.received.again')}
          </Button>,
        ]}
      />
    );

  return (
    <Form<TipForm>
      form={form}
      layout="vertical"
      requiredMark="optional"
      onFinish={(values) => {
        void submit(values);
      }}
    >
      <Alert type="info" showIcon title={t('tip.intro')} style={{ marginBottom: 16 }} />
      <Form.Item
        name="description"
        label={t('tip.field.description')}
        rules={[
          { required: true, whitespace: true, message: t('tip.field.descriptionRequired') },
          {
            min: TIP_LIMITS.description.min,
            message: t('tip.field.descriptionShort', { n: TIP_LIMITS.description.min }),
          },
        ]}
      >
        <Input.TextArea
          rows={4}
          maxLength={TIP_LIMITS.description.max}
          showCount
          placeholder={t('tip.field.descriptionHint')}
          data-testid="tip-description"
        />
      </Form.Item>
      <Form.Item
        name="location"
        label={t('tip.field.location')}
        rules={[{ required: true, whitespace: true, message: t('tip.field.locationRequired') }]}
      >
        <Input maxLength={TIP_LIMITS.location.max} data-testid="tip-location" />
      </Form.Item>
      <Form.Item name="enterprise" label={t('tip.field.enterprise')} extra={t('tip.field.enterpriseHint')}>
        <Input maxLength={TIP_LIMITS.enterprise.max} data-testid="tip-enterprise" />
      </Form.Item>
      <Form.Item label={t('tip.field.photos')} extra={t('tip.field.photosHint', { n: TIP_LIMITS.photos })}>
        <PhotoPicker photos={photos} onChange={setPhotos} />
      </Form.Item>
      <Form.Item name="contactName" label={t('tip.field.contactName')}>
        <Input maxLength={TIP_LIMITS.contactName.max} autoComplete="name" data-testid="tip-contact-name" />
      </Form.Item>
      <Form.Item name="contactPhone" label={t('tip.field.contactPhone')} extra={t('tip.field.contactHint')}>
        <Input inputMode="tel" autoComplete="tel" maxLength={20} data-testid="tip-contact-phone" />
      </Form.Item>
      <ErrorAlert error={error} />
      <Button type="primary" htmlType="submit" block size="large" loading={sending} data-testid="tip-submit">
        {t('tip.submit')}
      </Button>
    </Form>
  );
}

type Status = NonNullable<TipStatus['tipByTrackingCode']>;

function progressOf(status: Status): { current: number; failed: boolean } {
  switch (status.stage) {
    case 'RECEIVED':
      return { current: 0, failed: false };
    case 'NOT_ACCEPTED':
      return { current: 1, failed: true };
    case 'ACCEPTED':
      return { current: 1, failed: false };
    case 'UNFOUNDED':
      return { current: 2, failed: true };
    case 'CONFIRMED':
      return { current: 2, failed: false };
    case 'REWARD_REFUSED':
      return { current: 3, failed: true };
    case 'REWARD_APPROVED':
    case 'PAID':
      return { current: 3, failed: false };
  }
}

function LookupTab({ initialCode }: { initialCode: string }) {
  const { t, locale } = useLocale();
  const [code, setCode] = useState(initialCode);
  const [status, setStatus] = useState<Status | null | undefined>(undefined);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [loading, setLoading] = useState(false);
  useEffect(() => setCode(initialCode), [initialCode]);

  const look = async () => {
    setLoading(true);
    setError(undefined);
    try {
      setStatus((await request(TipStatusQuery, { code: code.trim() })).tipByTrackingCode ?? null);
    } catch (caught) {
      setError(asApiError(caught));
      setStatus(undefined);
    } finally {
      setLoading(false);
    }
  };
  const progress = status ? progressOf(status) : null;
  const at = (iso: string | null | undefined) => (iso ? formatDateTime(iso, locale) : undefined);

  return (
    <div>
      <Input.Search
        value={code}
        onChange={(event) => setCode(event.target.value)}
        onSearch={() => void look()}
        placeholder={t('tip.lookup.placeholder')}
        enterButton={
          <Button type="primary" icon={<SearchOutlined />} data-testid="tip-lookup-submit">
            {t('tip.lookup.search')}
          </Button>
        }
        loading={loading}
        size="large"
        data-testid="tip-lookup-code"
      />
      <div style={{ marginTop: 16 }}>
        <ErrorAlert error={error} />
        {status === null ? <Alert type="warning" showIcon title={t('tip.lookup.none')} data-testid="tip-none" /> : null}
        {status && progress ? (
          <div data-testid="tip-status">
            <Descriptions size="small" column={1} bordered style={{ marginBottom: 16 }}>
              <Descriptions.Item label={t('tip.lookup.stage')}>
                <Typography.Text strong data-testid="tip-stage">
                  {status.stageName}
                </Typography.Text>
              </Descriptions.Item>
              <Descriptions.Item label={t('tip.lookup.receivedAt')}>{at(status.receivedAt)}</Descriptions.Item>
              {status.stage === 'RECEIVED' ? (
                <Descriptions.Item label={t('tip.lookup.triageDueAt')}>{at(status.triageDueAt)}</Descriptions.Item>
              ) : null}
            </Descriptions>
            <Steps
              direction="vertical"
              size="small"
              current={progress.current}
              status={progress.failed ? 'error' : progress.current === 3 ? 'finish' : 'process'}
              items={[
                { title: t('tip.step.received'), description: at(status.receivedAt) },
                { title: t('tip.step.triaged'), description: at(status.triagedAt) },
                { title: t('tip.step.verified'), description: at(status.verifiedAt) },
                {
                  title: status.stage === 'PAID' ? t('tip.step.paid') : t('tip.step.reward'),
                  description: at(status.paidAt ?? status.rewardDecidedAt),
                },
              ]}
            />
          </div>
        ) : null}
      </div>
    </div>
  );
}

export function TipPage() {
  const t = useT();
  const [tab, setTab] = useState('submit');
  const [lastCode, setLastCode] = useState('');
  return (
    <main className="tip-page" data-testid="tip-page">
      <div className="tip-brand">
        <SafetyOutlined style={{ fontSize: 36 }} aria-hidden />
        <h1>{t('tip.title')}</h1>
        <p>{t('tip.subtitle')}</p>
      </div>
      <Card extra={<LangSwitch />} styles={{ body: { paddingTop: 8 } }}>
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            { key: 'submit', label: t('tip.tab.submit'), children: <SubmitTab onCode={setLastCode} /> },
            { key: 'lookup', label: t('tip.tab.lookup'), children: <LookupTab initialCode={lastCode} /> },
          ]}
        />
      </Card>
      <Typography.Paragraph className="tip-footer">
        {t('tip.footer')}
        <br />
        <Link to="/public/major-hazards" data-testid="tip-major-hazards-link">
          {t('tip.majorHazards')}
        </Link>
      </Typography.Paragraph>
    </main>
  );
}
