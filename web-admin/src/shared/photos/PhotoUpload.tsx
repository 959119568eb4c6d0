// Evidence photos: each file goes up on its own (uploadPhoto), the form keeps the ids it got back.
import { CameraOutlined, DeleteOutlined, LoadingOutlined } from '@ant-design/icons';
import { Button, Form, Space, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { requestWithFile } from '../../api/client';
import { errorText } from '../../api/errors';
import { useT } from '../../locales';
import { UploadPhotoMutation } from './queries';

const MAX_BYTES = 10 * 1024 * 1024;
const TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'image/heif'];

interface Item {
  key: string;
  preview: string;
  id: string | null;
  error: string | null;
}

/** Whether any photo of a form is still going up: the flag to wait on, and what each PhotoUpload reports to. */
export function useUploadsBusy() {
  const count = useRef(0);
  const [busy, setBusy] = useState(false);
  const onBusyChange = useCallback((value: boolean) => {
    count.current = Math.max(0, count.current + (value ? 1 : -1));
    setBusy(count.current > 0);
  }, []);
  return { busy, onBusyChange };
}

export function PhotoUpload({
  value,
  onChange,
  testId = 'photo-upload',
  label,
  onBusyChange,
  camera = false,
}: {
  value?: string[];
  onChange?: (ids: string[]) => void;
  testId?: string;
  label?: string;
  /** Told true while a photo is still going up, so the form can wait before sending. */
  onBusyChange?: (busy: boolean) => void;
  /** On a phone, open the camera (the photo of the site as it is now) rather than the gallery. */
  camera?: boolean;
}) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const [items, setItems] = useState<Item[]>([]);
  const itemsRef = useRef(items);
  itemsRef.current = items;

  useEffect(
    () => () => {
      for (const item of itemsRef.current) URL.revokeObjectURL(item.preview);
    },
    [],
  );

  // The form resets to an empty list: drop the previews too.
  useEffect(() => {
    if ((value ?? []).length === 0 && itemsRef.current.some((i) => i.id)) setItems([]);
  }, [value]);

  const publish = (next: Item[]) => {
    setItems(next);
    onChange?.(next.flatMap((i) => (i.id ? [i.id] : [])));
  };

  const add = async (files: FileList | null) => {
    if (!files) return;
    onBusyChange?.(true);
    let current = itemsRef.current;
    for (const file of [...files]) {
      const key = `${file.name}-${file.size}-${Math.random()}`;
      const preview = URL.createObjectURL(file);
      const problem =
        file.size > MAX_BYTES ? t('photo.tooLarge') : TYPES.includes(file.type) ? null : t('photo.wrongType');
      current = [...current, { key, preview, id: null, error: problem }];
      setItems(current);
      if (problem) continue;
      try {
        const result = await requestWithFile(UploadPhotoMutation, { file }, file);
        current = current.map((i) => (i.key === key ? { ...i, id: result.uploadPhoto.id } : i));
      } catch (error) {
        current = current.map((i) => (i.key === key ? { ...i, error: errorText(error, t) } : i));
      }
      publish(current);
    }
    if (input.current) input.current.value = '';
    onBusyChange?.(false);
  };

  const remove = (key: string) => {
    const item = items.find((i) => i.key === key);
    if (item) URL.revokeObjectURL(item.preview);
    publish(items.filter((i) => i.key !== key));
  };

  return (
    <div data-testid={testId}>
      <Space wrap size={12} align="start">
        {items.map((item) => (
          <div
            key={item.key}
            style={{ position: 'relative', width: 96, textAlign: 'center' }}
            data-testid={item.id ? `${testId}-done` : `${testId}-pending`}
          >
            <img
              src={item.preview}
              alt={t('photo.preview')}
              style={{ width: 96, height: 96, objectFit: 'cover', borderRadius: 6, opacity: item.id ? 1 : 0.5 }}
            />
            {!item.id && !item.error ? (
              <LoadingOutlined
                style={{ position: 'absolute', top: 38, left: 38, fontSize: 20 }}
                aria-label={t('photo.uploading')}
              />
            ) : null}
            <Button
              size="small"
              shape="circle"
              danger
              icon={<DeleteOutlined />}
              aria-label={t('photo.remove')}
              style={{ position: 'absolute', top: 4, right: 4 }}
              onClick={() => remove(item.key)}
            />
            {item.error ? (
              <Typography.Text type="danger" style={{ fontSize: 12 }}>
                {item.error}
              </Typography.Text>
            ) : null}
          </div>
        ))}
        <Button
          icon={<CameraOutlined />}
          style={{ height: 96, width: 96, whiteSpace: 'normal' }}
          onClick={() => input.current?.click()}
          aria-label={label ?? t('photo.add')}
        >
          {t('photo.add')}
        </Button>
      </Space>
      <input
        ref={input}
        type="file"
        accept={TYPES.join(',')}
        {...(camera ? { capture: 'environment' as const } : { multiple: true })}
        style={{ display: 'none' }}
        data-testid={`${testId}-input`}
        aria-label={label ?? t('photo.add')}
        onChange={(event) => {
          void add(event.target.files);
        }}
      />
    </div>
  );
}

/** A form's evidence photos, kept as `photoIds`. */
export function PhotosField({
  label,
  testId,
  onBusyChange,
  camera = false,
  rules = [],
  name = 'photoIds',
}: {
  /** Where in the form the ids go (a nested form names its own). */
  name?: string | (string | number)[];
  label: string;
  testId: string;
  onBusyChange: (busy: boolean) => void;
  camera?: boolean;
  /** e.g. at least one photo (a major hazard's rectification). */
  rules?: { required: boolean; message: string }[];
}) {
  return (
    <Form.Item name={name} label={label} rules={rules.map((r) => ({ ...r, type: 'array' as const, min: 1 }))}>
      <PhotoUpload testId={testId} onBusyChange={onBusyChange} camera={camera} />
    </Form.Item>
  );
}
