// Evidence photos: stored bytes, attached once to what they document, read only through the viewer's scope.
import type { Kysely } from 'kysely';
import type { DB, PhotoContentType } from '../schema';
import { photoInScope, type RowScope } from './scope';
import { whenAny } from './queries';

/** What a list of photos shows: never the bytes, which are fetched one by one from /photos/<id>. */
export const photoMetadataColumns = [
  'photo.id',
  'photo.hazard_id',
  'photo.inspection_id',
  'photo.step',
  'photo.content_type',
  'photo.byte_size',
  'photo.created_at',
] as const;

export interface NewPhoto {
  uploadedBy: number;
  contentType: PhotoContentType;
  byteSize: number;
  sha256: string;
  fileName: string | null;
  data: Buffer;
}

export interface PhotoAttachment {
  photoIds: readonly number[];
  uploadedBy: number;
  inspectionId: number | null;
  hazardId: number | null;
  /** The step it documents: FOUND, RECTIFICATION_REPORTED, VERIFICATION_PASSED/REJECTED, or INSPECTION (LEAD: attachToLead). */
  step: string;
  at: Date;
}

/** Accepts a transaction too: Transaction<DB> extends Kysely<DB>. */
export function createPhotoRepository(db: Kysely<DB>) {
  /** Attaches the uploader's own photos still attached to nothing to one owner; how many were attached. */
  const attachLoose = async (
    input: { photoIds: readonly number[]; uploadedBy: number; at: Date },
    owner: { lead_id: number; step: 'LEAD' } | { situation_report_id: number; step: 'SITUATION_REPORT' },
  ) =>
    input.photoIds.length === 0
      ? 0
      : (
          await db
            .updateTable('photo')
            .set({ ...owner, attached_at: input.at })
            .where('photo.id', 'in', input.photoIds)
            .where('photo.uploaded_by', '=', input.uploadedBy)
            .where('photo.inspection_id', 'is', null)
            .where('photo.hazard_id', 'is', null)
            .where('photo.lead_id', 'is', null)
            .where('photo.situation_report_id', 'is', null)
            .returning('photo.id')
            .execute()
        ).length;

  return {
    create: (photo: NewPhoto) =>
      db
        .insertInto('photo')
        .values({
          uploaded_by: photo.uploadedBy,
          content_type: photo.contentType,
          byte_size: photo.byteSize,
          sha256: photo.sha256,
          file_name: photo.fileName,
          data: photo.data,
        })
        .returning('id')
        .executeTakeFirstOrThrow(),

    /** How many of `ids` are this user's own uploads, not yet attached to anything. */
    countOwnUnattached: async (ids: readonly number[], uploadedBy: number) =>
      ids.length === 0
        ? 0
        : (
            await db
              .selectFrom('photo')
              .select('id')
              .where('id', 'in', ids)
              .where('uploaded_by', '=', uploadedBy)
              .where('hazard_id', 'is', null)
              .where('inspection_id', 'is', null)
              .where('lead_id', 'is', null)
              .where('situation_report_id', 'is', null)
              .execute()
          ).length,

    /** How many photos this user uploaded since `since` (the hourly cap). */
    countUploadedSince: async (uploadedBy: number, since: Date) =>
      Number(
        (
          await db
            .selectFrom('photo')
            .select((eb) => eb.fn.countAll<string>().as('n'))
            .where('uploaded_by', '=', uploadedBy)
            .where('created_at', '>=', since)
            .executeTakeFirstOrThrow()
        ).n,
      ),

    /**
     * Removes up to `limit` photos attached to nothing and uploaded before `before`, returning what each was. A
     * photo attached meanwhile is kept: the delete re-checks the row, and rows another transaction holds are skipped.
     */
    removeLoose: (before: Date, limit: number) =>
      db
        .deleteFrom('photo')
        .where('id', 'in', (eb) =>
          eb
            .selectFrom('photo')
            .select('id')
            .where('hazard_id', 'is', null)
            .where('inspection_id', 'is', null)
            .where('lead_id', 'is', null)
            .where('situation_report_id', 'is', null)
            .where('created_at', '<', before)
            .orderBy('created_at')
            .limit(limit)
            .forUpdate()
            .skipLocked(),
        )
        .where('hazard_id', 'is', null)
        .where('inspection_id', 'is', null)
        .where('lead_id', 'is', null)
        .where('situation_report_id', 'is', null)
        .returning(['id', 'uploaded_by', 'byte_size', 'sha256', 'created_at'])
        .execute(),

    getVisible: (scope: RowScope, viewerId: number, id: number) =>
      db
        .selectFrom('photo')
        .select(['photo.content_type', 'photo.data', 'photo.byte_size', 'photo.created_at'])
        .where('photo.id', '=', id)
        .where(photoInScope(scope, viewerId))
        .executeTakeFirst(),

    /**
     * Attaches the uploader's own loose photos; a photo already attached to exactly this target counts again,
     * so a retried step attaches the same number, while anyone else's photo or one attached elsewhere is skipped.
     */
    attach: async (input: PhotoAttachment): Promise<number> => {
      if (input.inspectionId === null && input.hazardId === null)
        throw new RangeError('a photo is attached to an inspection or a hazard');
      if (input.photoIds.length === 0) return 0;
      const attached = await db
        .updateTable('photo')
        .set((eb) => ({
          inspection_id: input.inspectionId,
          hazard_id: input.hazardId,
          step: input.step,
          attached_at: eb.fn.coalesce('photo.attached_at', eb.val(input.at)),
        }))
        .where('photo.id', 'in', input.photoIds)
        .where('photo.uploaded_by', '=', input.uploadedBy)
        .where((eb) =>
          eb.or([
            eb.and([
              eb('photo.inspection_id', 'is', null),
              eb('photo.hazard_id', 'is', null),
              eb('photo.lead_id', 'is', null),
              eb('photo.situation_report_id', 'is', null),
            ]),
            eb.and([
              eb('photo.inspection_id', 'is not distinct from', input.inspectionId),
              eb('photo.hazard_id', 'is not distinct from', input.hazardId),
              eb('photo.step', '=', input.step),
            ]),
          ]),
        )
        .returning('photo.id')
        .execute();
      return attached.length;
    },

    /** An unregistered site's lead (打非治违): the uploader's own loose photos; returns how many were attached. */
    attachToLead: (input: { photoIds: readonly number[]; uploadedBy: number; leadId: number; at: Date }) =>
      attachLoose(input, { lead_id: input.leadId, step: 'LEAD' }),

    /** A township's situation report: the uploader's own loose photos; returns how many were attached. */
    attachToReport: (input: { photoIds: readonly number[]; uploadedBy: number; reportId: number; at: Date }) =>
      attachLoose(input, { situation_report_id: input.reportId, step: 'SITUATION_REPORT' }),

    listForReports: (scope: RowScope, viewerId: number, reportIds: readonly number[]) =>
      whenAny(reportIds, () =>
        db
          .selectFrom('photo')
          .select([...photoMetadataColumns, 'photo.situation_report_id'])
          .where('photo.situation_report_id', 'in', reportIds)
          .where(photoInScope(scope, viewerId))
          .orderBy('photo.created_at')
          .orderBy('photo.id')
          .execute(),
      ),

    listForLeads: (scope: RowScope, viewerId: number, leadIds: readonly number[]) =>
      whenAny(leadIds, () =>
        db
          .selectFrom('photo')
          .select([...photoMetadataColumns, 'photo.lead_id'])
          .where('photo.lead_id', 'in', leadIds)
          .where(photoInScope(scope, viewerId))
          .orderBy('photo.created_at')
          .orderBy('photo.id')
          .execute(),
      ),

    listForHazards: (scope: RowScope, viewerId: number, hazardIds: readonly number[]) =>
      whenAny(hazardIds, () =>
        db
          .selectFrom('photo')
          .select(photoMetadataColumns)
          .where('photo.hazard_id', 'in', hazardIds)
          .where(photoInScope(scope, viewerId))
          .orderBy('photo.created_at')
          .orderBy('photo.id')
          .execute(),
      ),

    listForInspections: (scope: RowScope, viewerId: number, inspectionIds: readonly number[]) =>
      whenAny(inspectionIds, () =>
        db
          .selectFrom('photo')
          .select(photoMetadataColumns)
          .where('photo.inspection_id', 'in', inspectionIds)
          .where(photoInScope(scope, viewerId))
          .orderBy('photo.created_at')
          .orderBy('photo.id')
          .execute(),
      ),
  };
}

export type PhotoMetadataRow = Awaited<ReturnType<ReturnType<typeof createPhotoRepository>['listForHazards']>>[number];
