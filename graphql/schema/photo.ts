import type { PhotoMetadataRow } from '../../db/repositories/photos';
import { builder } from '../builder';
import { globalId, viewerOf } from '../ids';
import { PRICES } from '../request-limits';

export const PhotoRef = builder.objectRef<PhotoMetadataRow>('Photo').implement({
  description: 'An evidence photo (现场照片); its bytes are served at url to users who may see what it documents',
  fields: (t) => ({
    id: t.id({ resolve: (photo) => globalId('Photo', photo.id) }),
    url: t.string({ resolve: (photo) => `/photos/${photo.id}` }),
    contentType: t.exposeString('content_type'),
    byteSize: t.exposeInt('byte_size'),
    step: t.exposeString('step', {
      nullable: true,
      description:
        'FOUND, INSPECTION, RECTIFICATION_REPORTED, VERIFICATION_PASSED, VERIFICATION_REJECTED or LEAD (打非线索)',
    }),
    createdAt: t.expose('created_at', { type: 'DateTime' }),
  }),
});

builder.mutationField('uploadPhoto', (t) =>
  t.field({
    type: PhotoRef,
    complexity: PRICES.uploadPhoto,
    authScopes: { loggedIn: true },
    description:
      'Upload one image (multipart request); then pass its id in photoIds of submitInspection, reportRectification or verifyRectification',
    args: { file: t.arg({ type: 'File', required: true }) },
    resolve: async (_root, { file }, context) => {
      const photo = await context.services.photos.upload(viewerOf(context), file, context.requestId);
      return {
        id: photo.id,
        hazard_id: null,
        inspection_id: null,
        step: null,
        content_type: photo.contentType,
        byte_size: photo.byteSize,
        created_at: new Date(),
      };
    },
  }),
);
