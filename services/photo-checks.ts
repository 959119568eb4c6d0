import type { Kysely } from 'kysely';
import { createPhotoRepository } from '../db/repositories/photos';
import type { DB } from '../db/schema';
import { LIMITS } from '../domain/limits';
import type { Viewer } from './auth';
import { AppError } from './errors';

/** Photos named in a command must be the caller's own uploads, not yet attached to anything. */
export async function checkOwnPhotos(db: Kysely<DB>, viewer: Viewer, photoIds: readonly number[]): Promise<void> {
  if (photoIds.length === 0) return;
  if (photoIds.length > LIMITS.photosPerStep * 10) throw new AppError('BAD_USER_INPUT', '照片数量过多');
  const unique = [...new Set(photoIds)];
  const own = await createPhotoRepository(db).countOwnUnattached(unique, viewer.id);
  if (own !== unique.length) throw new AppError('BAD_USER_INPUT', '所附照片不存在、不是您上传的或已被使用，请重新上传');
}
