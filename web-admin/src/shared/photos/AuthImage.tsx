import { PictureOutlined } from '@ant-design/icons';
import { Image, Skeleton } from 'antd';
import { useEffect, useState } from 'react';
import { fetchFile } from '../../api/client';

/** A photo the API serves only to a signed-in viewer in scope: fetched as a blob, shown from an object URL. */
export function AuthImage({ url, alt, size = 96 }: { url: string; alt: string; size?: number }) {
  const [src, setSrc] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let objectUrl: string | null = null;
    let live = true;
    fetchFile(url).then(
      ({ blob }) => {
        if (!live) return;
        objectUrl = URL.createObjectURL(blob);
        setSrc(objectUrl);
      },
      () => {
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [url]);
  if (failed) return <PictureOutlined style={{ fontSize: size / 2, color: '#bbb' }} aria-label={alt} />;
  if (!src) return <Skeleton.Image active style={{ width: size, height: size }} />;
  return (
    <Image
      src={src}
      alt={alt}
      width={size}
      height={size}
      style={{ objectFit: 'cover', borderRadius: 6 }}
      data-testid="photo"
    />
  );
}
