// Evidence photos: who may upload, what counts as a photo, and who may see one.
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { createAuditRepository } from '../db/repositories/audit';
import { createPhotoRepository } from '../db/repositories/photos';
import type { DB } from '../db/schema';
import { detectImageType, type ImageType } from '../domain/image-type';
import { LIMIT_REFUSALS, LIMITS } from '../domain/limits';
import type { Role } from '../domain/types';

import type { Viewer } from './auth';
import { AppError } from './errors';
import { createReaders } from './readers';

export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
const MAX_FILE_NAME_LENGTH = 200;
// Leaders read the evidence; the people on site (and the county office, and an enterprise of its own rectification)
// put it there.
const UPLOADER_ROLES: ReadonlySet<Role> = new Set([
  'REGULATOR_STAFF',
  'REGULATOR_HEAD',
  'TOWNSHIP_HEAD',
  'TOWNSHIP_STAFF',
  'ADMIN',
  'ENTERPRISE',
]);

/** The part of a web File an upload needs (graphql-yoga hands resolvers a File). */
export interface UploadedFile {
  name: string;
  type: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface UploadedPhoto {
  id: number;
  contentType: ImageType;
  byteSize: number;
}

const TOO_LARGE = '照片不能超过 10 MB';

export function createPhotoService(db: Kysely<DB>, options: { now?: () => Date } = {}) {
  const now = options.now ?? (() => new Date());
  return {
    async upload(viewer: Viewer, file: UploadedFile, requestId: string | null): Promise<UploadedPhoto> {
      if (!UPLOADER_ROLES.has(viewer.role)) {
        throw new AppError('FORBIDDEN', '县领导账号不能上传照片：照片由现场人员、企业和县安委办上传');
      }
      const hourAgo = new Date(now().getTime() - 3600_000);
      if ((await createPhotoRepository(db).countUploadedSince(viewer.id, hourAgo)) >= LIMITS.uploadsPerHour) {
        throw new AppError('BAD_USER_INPUT', LIMIT_REFUSALS.uploadsPerHour);
      }
      // The declared size spares reading a huge upload; the bytes are checked again below.
      if (file.size > MAX_PHOTO_BYTES) throw new AppError('BAD_USER_INPUT', TOO_LARGE);
      const data = Buffer.from(await file.arrayBuffer());
      if (data.byteLength === 0) throw new AppError('BAD_USER_INPUT', '照片文件是空的，请重新拍摄或选择照片');
      if (data.byteLength > MAX_PHOTO_BYTES) throw new AppError('BAD_USER_INPUT', TOO_LARGE);
      const contentType = detectImageType(data);
      if (!contentType) throw new AppError('BAD_USER_INPUT', '只能上传 JPEG、PNG、WebP 或 HEIC 格式的照片');
      const sha256 = createHash('sha256').update(data).digest('hex');
      const fileName = file.name.trim().slice(0, MAX_FILE_NAME_LENGTH) || null;

      const { id } = await db.transaction().execute(async (trx) => {
        const photo = await createPhotoRepository(trx).create({
          uploadedBy: viewer.id,
          contentType,
          byteSize: data.byteLength,
          sha256,
          fileName,
          data,
        });
        await createAuditRepository(trx).record({
          actorId: viewer.id,
          action: 'uploadPhoto',
          subjectType: 'Photo',
          subjectId: photo.id,
          requestId,
          after: { contentType, byteSize: data.byteLength, sha256, fileName },
        });
        return photo;
      });
      return { id, contentType, byteSize: data.byteLength };
    },

    /** The photo's bytes, or null when it does not exist or the viewer may not see it (the two look the same). */
    async read(viewer: Viewer, id: number): Promise<{ contentType: ImageType; data: Buffer } | null> {
      const row = await createReaders(db, viewer).photos.file(id);
      return row ? { contentType: row.content_type, data: row.data } : null;
    },
  };
}

export type PhotoService = ReturnType<typeof createPhotoService>;
