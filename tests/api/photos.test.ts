// Evidence photos end to end: upload checks the bytes, attach is idempotent, /photos/<id> follows the viewer's scope.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPhotoRepository } from '../../db/repositories/photos';
import { rowScopeOf } from '../../services/access';
import { AppError } from '../../services/errors';
import { createPhotoService, type UploadedFile } from '../../services/photos';
import { startDownloadFixture, type DownloadFixture, type Login } from '../support/downloads';
import { tinyPng } from '../support/images';

/** A 1×1 mid-grey baseline JPEG: one DC and one AC Huffman code, each one bit long. */
function tinyJpeg(): Buffer {
  const segment = (marker: number, body: number[]) => [
    0xff,
    marker,
    (body.length + 2) >> 8,
    (body.length + 2) & 0xff,
    ...body,
  ];
  return Buffer.from([
    0xff,
    0xd8,
    ...segment(0xe0, [0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]), // JFIF 1.1
    ...segment(0xdb, [0, ...new Array<number>(64).fill(1)]), // quantisation table 0
    ...segment(0xc0, [8, 0, 1, 0, 1, 1, 1, 0x11, 0]), // 1×1, one component
    ...segment(0xc4, [0x00, 1, ...new Array<number>(15).fill(0), 0x00]), // DC table: category 0 is code 0
    ...segment(0xc4, [0x10, 1, ...new Array<number>(15).fill(0), 0x00]), // AC table: end of block is code 0
    ...segment(0xda, [1, 1, 0x00, 0, 63, 0]),
    0x3f, // DC 0, EOB, padded with ones
    0xff,
    0xd9,
  ]);
}

const file = (bytes: Uint8Array, name: string, type: string): UploadedFile =>
  new File([new Uint8Array(bytes)], name, { type });

let fx: DownloadFixture;
let photos: ReturnType<typeof createPhotoService>;
let emergencyStaff: Login;
let housingStaff: Login;
let townshipStaff: Login;
let hazardA: number;
let otherHazardA: number;
let inspectionA: number;

const photoCount = async () =>
  Number(
    (
      await fx.db
        .selectFrom('photo')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => new Error('expected a refusal'),
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw error;
  return error;
}

beforeAll(async () => {
  fx = await startDownloadFixture('wss_photos');
  photos = createPhotoService(fx.db);
  emergencyStaff = await fx.login('emergency.staff');
  housingStaff = await fx.login('housing.staff');
  const [enterprise] = await fx.enterprisesOf('emergency');
  if (!enterprise) throw new Error('the demo county has no enterprise regulated by emergency');
  townshipStaff = await fx.login(`${await fx.orgCode(enterprise.township_id)}.staff`);
  const campaignId = await fx.insertCampaign('危险化学品安全专项整治');
  inspectionA = await fx.insertInspection(campaignId, enterprise, new Date('2026-03-03T02:00:00Z'));
  const found = {
    enterprise,
    campaignId,
    inspectionId: inspectionA,
    foundAt: new Date('2026-03-03T02:00:00Z'),
    rectifyBy: new Date('2026-03-10T10:00:00Z'),
  };
  hazardA = await fx.insertHazard(found);
  otherHazardA = await fx.insertHazard({ ...found, inspectionId: null, description: '安全出口堵塞' });
});

afterAll(async () => {
  await fx?.close();
});

describe('upload', () => {
  it('stores a real PNG and JPEG with their detected type, digest and an audit row', async () => {
    const png = tinyPng();
    const uploaded = await photos.upload(
      emergencyStaff.viewer,
      file(png, '  储罐区.png  ', 'image/png'),
      'req-photo-1',
    );
    expect(uploaded).toEqual({ id: expect.any(Number), contentType: 'image/png', byteSize: png.length });
    const row = await fx.db.selectFrom('photo').selectAll().where('id', '=', uploaded.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      uploaded_by: emergencyStaff.viewer.id,
      file_name: '储罐区.png',
      hazard_id: null,
      inspection_id: null,
    });
    expect(Buffer.compare(row.data, png)).toBe(0);
    expect(row.sha256).toMatch(/^[0-9a-f]{64}$/);
    const audit = await fx.db
      .selectFrom('audit_log')
      .select(['actor_id', 'action', 'request_id'])
      .where('subject_type', '=', 'Photo')
      .where('subject_id', '=', String(uploaded.id))
      .execute();
    expect(audit).toEqual([{ actor_id: emergencyStaff.viewer.id, action: 'uploadPhoto', request_id: 'req-photo-1' }]);

    // The name and the declared type are ignored: the bytes say JPEG.
    const jpeg = await photos.upload(townshipStaff.viewer, file(tinyJpeg(), 'IMG_0001.HEIC', 'image/heic'), null);
    expect(jpeg.contentType).toBe('image/jpeg');
  });

  it('refuses a text file renamed .png, an empty file and anything over 10 MB, writing nothing', async () => {
    const before = await photoCount();
    const text = await refusal(
      photos.upload(emergencyStaff.viewer, file(Buffer.from('这不是照片'), 'photo.png', 'image/png'), null),
    );
    expect(text).toMatchObject({ code: 'BAD_USER_INPUT', message: '只能上传 JPEG、PNG、WebP 或 HEIC 格式的照片' });
    expect(
      (await refusal(photos.upload(emergencyStaff.viewer, file(new Uint8Array(), 'a.jpg', 'image/jpeg'), null))).code,
    ).toBe('BAD_USER_INPUT');

    const huge = Buffer.alloc(10 * 1024 * 1024 + 1);
    huge.set(tinyPng());
    const tooLarge = await refusal(photos.upload(emergencyStaff.viewer, file(huge, 'big.png', 'image/png'), null));
    expect(tooLarge).toMatchObject({ code: 'BAD_USER_INPUT', message: '照片不能超过 10 MB' });
    // A client that understates the size is caught on the bytes themselves.
    const lying: UploadedFile = {
      name: 'big.png',
      type: 'image/png',
      size: 100,
      arrayBuffer: async () => new Uint8Array(huge).buffer,
    };
    expect((await refusal(photos.upload(emergencyStaff.viewer, lying, null))).message).toBe('照片不能超过 10 MB');
    expect(await photoCount()).toBe(before);
  });

  it('lets only staff and the county office upload: a leader is refused', async () => {
    const leader = await fx.login('leader');
    expect((await refusal(photos.upload(leader.viewer, file(tinyPng(), 'a.png', 'image/png'), null))).code).toBe(
      'FORBIDDEN',
    );
    const admin = await fx.login('admin');
    await expect(photos.upload(admin.viewer, file(tinyPng(), 'a.png', 'image/png'), null)).resolves.toMatchObject({
      contentType: 'image/png',
    });
  });
});

describe('GET /photos/<id>', () => {
  let attached: number;
  let png: Buffer;

  beforeAll(async () => {
    png = tinyPng();
    attached = (await photos.upload(emergencyStaff.viewer, file(png, 'found.png', 'image/png'), null)).id;
    const count = await createPhotoRepository(fx.db).attach({
      photoIds: [attached],
      uploadedBy: emergencyStaff.viewer.id,
      inspectionId: null,
      hazardId: hazardA,
      step: 'FOUND',
      at: new Date(),
    });
    expect(count).toBe(1);
  });

  it('serves the identical bytes to the regulator of the hazard, with safe headers', async () => {
    const response = await fx.get(`/photos/${attached}`, emergencyStaff.token);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('cache-control')).toBe('private, max-age=3600');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-disposition')).toBe('inline');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'");
    expect(Buffer.compare(Buffer.from(await response.arrayBuffer()), png)).toBe(0);
  });

  it('serves the township of the hazard, and answers 404 to another regulator as for a missing photo', async () => {
    expect((await fx.get(`/photos/${attached}`, townshipStaff.token)).status).toBe(200);
    const hidden = await fx.get(`/photos/${attached}`, housingStaff.token);
    const missing = await fx.get('/photos/2147483647', housingStaff.token);
    expect(hidden.status).toBe(404);
    expect(missing.status).toBe(404);
    expect(await hidden.json()).toEqual(await missing.json());
    for (const bad of ['0', 'abc', '-1', '1.5', '99999999999']) {
      const response = await fx.get(`/photos/${bad}`, emergencyStaff.token);
      expect(response.status, bad).toBe(404);
      expect(await response.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
    }
  });

  it('answers 401 without a token or with an unknown one', async () => {
    const anonymous = await fx.get(`/photos/${attached}`);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({ error: { code: 'UNAUTHENTICATED', message: '请先登录' } });
    expect((await fx.get(`/photos/${attached}`, 'not-a-real-session-token-at-all')).status).toBe(401);
  });

  it('shows a photo not yet attached to its uploader only', async () => {
    const loose = (await photos.upload(emergencyStaff.viewer, file(tinyJpeg(), 'x.jpg', 'image/jpeg'), null)).id;
    expect((await fx.get(`/photos/${loose}`, emergencyStaff.token)).status).toBe(200);
    for (const other of ['emergency.head', 'admin', 'leader']) {
      expect((await fx.get(`/photos/${loose}`, (await fx.login(other)).token)).status, other).toBe(404);
    }
    expect(await photos.read((await fx.login('admin')).viewer, loose)).toBeNull();
  });

  it('leaves unknown paths and other methods to the rest of the server', async () => {
    expect(await (await fx.get('/photos', emergencyStaff.token)).text()).toBe('not a download');
    const post = await fetch(`${fx.baseUrl}/photos/${attached}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${emergencyStaff.token}` },
    });
    expect(await post.text()).toBe('not a download');
  });
});

describe('attach', () => {
  const repo = () => createPhotoRepository(fx.db);
  const upload = async (login: Login) =>
    (await photos.upload(login.viewer, file(tinyPng(), 'p.png', 'image/png'), null)).id;
  const placeOf = (id: number) =>
    fx.db
      .selectFrom('photo')
      .select(['hazard_id', 'inspection_id', 'step', 'attached_at'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();

  it('is idempotent under retry and never moves a photo to another target', async () => {
    const ids = [await upload(emergencyStaff), await upload(emergencyStaff)];
    const step = {
      photoIds: ids,
      uploadedBy: emergencyStaff.viewer.id,
      inspectionId: null,
      hazardId: otherHazardA,
      step: 'RECTIFICATION_REPORTED',
    };
    expect(await repo().attach({ ...step, at: new Date('2026-03-05T01:00:00Z') })).toBe(2);
    expect(await repo().attach({ ...step, at: new Date('2026-03-05T01:05:00Z') })).toBe(2);
    const first = ids[0] ?? 0;
    expect(await placeOf(first)).toEqual({
      hazard_id: otherHazardA,
      inspection_id: null,
      step: 'RECTIFICATION_REPORTED',
      attached_at: new Date('2026-03-05T01:00:00Z'),
    });
    expect(await repo().attach({ ...step, hazardId: hazardA, at: new Date() })).toBe(0);
    expect(await repo().attach({ ...step, step: 'VERIFICATION_PASSED', at: new Date() })).toBe(0);
    expect((await placeOf(first)).hazard_id).toBe(otherHazardA);
    expect(await repo().attach({ ...step, photoIds: [], at: new Date() })).toBe(0);
  });

  it("refuses another user's photos", async () => {
    const theirs = await upload(housingStaff);
    const mine = await upload(emergencyStaff);
    const count = await repo().attach({
      photoIds: [theirs, mine],
      uploadedBy: emergencyStaff.viewer.id,
      inspectionId: inspectionA,
      hazardId: null,
      step: 'INSPECTION',
      at: new Date(),
    });
    expect(count).toBe(1);
    expect(await placeOf(theirs)).toMatchObject({ hazard_id: null, inspection_id: null, step: null });
    expect(await placeOf(mine)).toMatchObject({ inspection_id: inspectionA, step: 'INSPECTION' });
  });

  it('lists metadata (never the bytes) within the viewer scope', async () => {
    const mine = await upload(emergencyStaff);
    await repo().attach({
      photoIds: [mine],
      uploadedBy: emergencyStaff.viewer.id,
      inspectionId: inspectionA,
      hazardId: null,
      step: 'INSPECTION',
      at: new Date(),
    });
    const asA = await repo().listForInspections(rowScopeOf(emergencyStaff.viewer), emergencyStaff.viewer.id, [
      inspectionA,
    ]);
    expect(asA.map((p) => p.id)).toContain(mine);
    expect(asA[0]).not.toHaveProperty('data');
    expect(Object.keys(asA[0] ?? {}).sort()).toEqual([
      'byte_size',
      'content_type',
      'created_at',
      'hazard_id',
      'id',
      'inspection_id',
      'step',
    ]);
    expect(
      await repo().listForInspections(rowScopeOf(housingStaff.viewer), housingStaff.viewer.id, [inspectionA]),
    ).toEqual([]);

    const hazardPhotos = await repo().listForHazards(rowScopeOf(townshipStaff.viewer), townshipStaff.viewer.id, [
      hazardA,
      otherHazardA,
    ]);
    expect(new Set(hazardPhotos.map((p) => p.hazard_id))).toEqual(new Set([hazardA, otherHazardA]));
    expect(
      await repo().listForHazards(rowScopeOf(housingStaff.viewer), housingStaff.viewer.id, [hazardA, otherHazardA]),
    ).toEqual([]);
    expect(await repo().listForHazards(rowScopeOf(housingStaff.viewer), housingStaff.viewer.id, [])).toEqual([]);
  });
});

describe('removeLoose (the sweep)', () => {
  it('removes only photos attached to nothing and older than the cut-off, and never one being attached', async () => {
    const repo = createPhotoRepository(fx.db);
    const upload = async () =>
      (await photos.upload(emergencyStaff.viewer, file(tinyPng(), 'p.png', 'image/png'), null)).id;
    const [loose, kept, young] = [await upload(), await upload(), await upload()];
    await repo.attach({
      photoIds: [kept],
      uploadedBy: emergencyStaff.viewer.id,
      inspectionId: inspectionA,
      hazardId: null,
      step: 'INSPECTION',
      at: new Date(),
    });
    const dayAgo = new Date(Date.now() - 25 * 3600_000);
    // Creation times are never updated by the app: the test backdates two uploads directly.
    await sql`update photo set created_at = ${dayAgo} where id in (${loose}, ${kept})`.execute(fx.db);
    const removed = await repo.removeLoose(new Date(Date.now() - 24 * 3600_000), 100);
    expect(removed.map((r) => r.id)).toContain(loose);
    const left = await fx.db.selectFrom('photo').select('id').where('id', 'in', [loose, kept, young]).execute();
    expect(left.map((r) => r.id).sort()).toEqual([kept, young].sort());
  });
});
