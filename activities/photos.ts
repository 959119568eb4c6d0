// Side effects of the photo sweep: loose photos (uploaded, never attached) removed a page at a time, each with
// its audit row, so the record says which upload went and when.
import type { Kysely } from 'kysely';
import { createAuditRepository } from '../db/repositories/audit';
import { createPhotoRepository } from '../db/repositories/photos';
import type { DB } from '../db/schema';

export function createPhotoActivities(db: Kysely<DB>) {
  return {
    /** Removes up to `limit` photos attached to nothing and uploaded before `before`; returns how many went. */
    async removeLoosePhotos(input: { before: string; limit: number }): Promise<number> {
      return db.transaction().execute(async (trx) => {
        const removed = await createPhotoRepository(trx).removeLoose(new Date(input.before), input.limit);
        const audit = createAuditRepository(trx);
        for (const photo of removed) {
          await audit.record({
            actorId: null,
            action: 'removeLoosePhoto',
            subjectType: 'Photo',
            subjectId: photo.id,
            before: {
              uploadedBy: photo.uploaded_by,
              byteSize: photo.byte_size,
              sha256: photo.sha256,
              uploadedAt: photo.created_at.toISOString(),
            },
          });
        }
        return removed.length;
      });
    },
  };
}
