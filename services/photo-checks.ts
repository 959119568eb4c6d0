import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { LIMITS } from '../domain/limits';
import type { Viewer } from './auth';
import { AppError } from './errors';

/** Photos named in a command must be the caller's own uploads, not yet attached to anything. */
export async function checkOwnPhotos(db: Kysely<DB>, viewer: Viewer, photoIds: readonly number[]): Promise<void> {
  if (photoIds.length === 0) return;
  if (photoIds.length > LIMITS.photosPerStep * 10) throw new AppError('BAD_USER_INPUT', '照片数量过多');
  const unique = [...new Set(photoIds)];
  const own = await db
    .selectFrom('photo')
    .select('id')
    .where('id', 'in', unique)
    .where('uploaded_by', '=', viewer.id)
    .where('hazard_id', 'is', null)
    .where('inspection_id', 'is', null)
    .execute();
  if (own.length !== unique.length)
    throw new AppError('BAD_USER_INPUT', '所附照片不存在、不是您上传的或已被使用，请重新上传');
}
