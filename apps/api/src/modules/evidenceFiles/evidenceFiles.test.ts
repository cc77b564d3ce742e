// Evidence files over the real server and real HTTP: an operator's photo is re-encoded without its
// GPS tags and comes back to the unit head with safe headers; every bad upload (a PNG named .pdf,
// an SVG with script, an HTML page, 10 MB + 1 byte, a truncated JPEG, a file for another OPD's
// value) is refused with a clear error and nothing stored; downloads are refused to another OPD
// and to anyone not signed in.
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf, toGlobalId } from '../../ids';
import { gql, loginAs, startTestServer, type TestServer } from '../../testing/testServer';
import { freeSlots, saveMeasurement, SAVE } from '../../testing/workflow';
import { EVIDENCE_FILE_MAX_BYTES } from './lib/evidenceFileRules';

let t: TestServer;
let operator: string;
let measurementId: string;
let puprMeasurementId: string;

interface Refusal {
  code: string;
  field?: string;
  rule?: string;
  params?: Record<string, unknown>;
}

async function upload(
  token: string | null,
  query: string,
  bytes: Uint8Array,
  name: string,
  contentType = 'application/octet-stream',
) {
  const res = await fetch(`${t.base}/files/evidence?${query}`, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-file-name': encodeURIComponent(name),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: bytes,
  });
  return {
    status: res.status,
    body: (await res.json()) as Refusal & { id?: string; mediaType?: string; size?: number },
  };
}

const toValue = (id: string) => `measurementId=${encodeURIComponent(id)}`;

function download(id: string, token?: string) {
  return fetch(`${t.base}/files/evidence/${encodeURIComponent(id)}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
}

async function stored() {
  const [files, evidence, changes] = await Promise.all([
    t.db.prisma.evidenceFile.count(),
    t.db.prisma.evidence.count(),
    t.db.prisma.changeEvent.count(),
  ]);
  return { files, evidence, changes };
}

/** Expects the upload refused with that status and rule, and no row written anywhere. */
async function expectRefused(
  attempt: () => Promise<{ status: number; body: Refusal }>,
  status: number,
  refusal: Partial<Refusal>,
) {
  const before = await stored();
  const { status: got, body } = await attempt();
  expect({ status: got, ...body }).toMatchObject({ status, ...refusal });
  expect(await stored()).toEqual(before);
}

function picture(format: 'png' | 'jpeg', width = 64, height = 48): Promise<Buffer> {
  const image = sharp({ create: { width, height, channels: 3, background: { r: 30, g: 120, b: 200 } } });
  return (format === 'png' ? image.png() : image.jpeg()).toBuffer();
}

/** A noisy photo, so its scan data is long enough to cut in the middle. */
async function noisyJpeg(): Promise<Buffer> {
  const width = 400;
  const height = 300;
  const raw = Buffer.alloc(width * height * 3);
  for (let i = 0; i < raw.length; i++) raw[i] = (i * 7919) % 251;
  return sharp(raw, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 90 })
    .toBuffer();
}

beforeAll(async () => {
  t = await startTestServer();
  operator = await loginAs(t.base, 'operator-kesehatan');
  const [slot] = await freeSlots(t.db.prisma, 1);
  const saved = await saveMeasurement(t.base, operator, slot!, 1);
  if (!saved.data) throw new Error(`save failed: ${JSON.stringify(saved.errors)}`);
  measurementId = saved.data.saveMeasurement.measurement.id;
  const pupr = await t.db.prisma.user.findUniqueOrThrow({ where: { username: 'operator-pupr' } });
  const puprValue = await t.db.prisma.measurement.findFirstOrThrow({
    where: { indicator: { operators: { some: { userId: pupr.id } } }, status: { not: 'VERIFIED' } },
  });
  puprMeasurementId = toGlobalId('Measurement', puprValue.id);
}, 120_000);

afterAll(async () => {
  await t?.stop();
});

describe('evidence file upload', () => {
  it('stores a photo re-encoded without its GPS tags, logged as one change, and lists it beside the links', async () => {
    const photo = await sharp(await picture('jpeg'))
      .jpeg()
      .withExif({
        IFD3: {
          GPSLatitudeRef: 'S',
          GPSLatitude: '8/1 35/1 0/1',
          GPSLongitudeRef: 'E',
          GPSLongitude: '116/1 7/1 0/1',
        },
      })
      .toBuffer();
    expect((await sharp(photo).metadata()).exif).toBeDefined();
    const before = await stored();

    const { status, body } = await upload(
      operator,
      toValue(measurementId),
      photo,
      'C:\\foto\\posyandu.jpg',
      'text/plain',
    );
    expect(status).toBe(201);
    expect(body).toMatchObject({ mediaType: 'image/jpeg', name: 'posyandu.jpg' });
    expect(await stored()).toEqual({
      files: before.files + 1,
      evidence: before.evidence + 1,
      changes: before.changes + 1,
    });
    const change = await t.db.prisma.changeEvent.findFirstOrThrow({ orderBy: { seq: 'desc' } });
    expect(change).toMatchObject({ entityType: 'Measurement', action: 'EVIDENCE_FILE_ADDED' });

    const head = await loginAs(t.base, 'kadis-kesehatan');
    const res = await download(body.id!, head);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/jpeg');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(res.headers.get('content-disposition')).toMatch(/^inline; filename="posyandu\.jpg"/);
    const back = Buffer.from(await res.arrayBuffer());
    const meta = await sharp(back).metadata();
    expect(meta.format).toBe('jpeg');
    expect(meta.exif).toBeUndefined();
    expect(back.includes(Buffer.from('GPS'))).toBe(false);

    // Saving the value's links replaces the links and keeps the file.
    const value = await t.db.prisma.measurement.findUniqueOrThrow({
      where: { id: idOf('Measurement', measurementId, 'id') },
    });
    const resaved = await gql<{ saveMeasurement: { measurement: { evidence: Record<string, unknown>[] } } }>(
      t.base,
      SAVE.replace(
        'measurement { id value status version }',
        'measurement { evidence { id kind url name size mediaType } }',
      ),
      {
        input: {
          indicatorId: toGlobalId('Indicator', value.indicatorId),
          year: value.year,
          month: value.month,
          value: 2,
          evidence: [{ url: 'https://example.go.id/laporan', title: 'Laporan' }],
          expectedVersion: value.version,
          analysis: null,
        },
      },
      operator,
    );
    expect(resaved.errors).toBeUndefined();
    expect(resaved.data!.saveMeasurement.measurement.evidence).toEqual([
      {
        id: body.id,
        kind: 'FILE',
        url: `/files/evidence/${encodeURIComponent(body.id!)}`,
        name: 'posyandu.jpg',
        size: back.length,
        mediaType: 'image/jpeg',
      },
      expect.objectContaining({ kind: 'LINK', url: 'https://example.go.id/laporan', name: null }),
    ]);
  });

  it('keeps a PDF of exactly 10 MB as sent and serves it inline', async () => {
    const pdf = Buffer.alloc(EVIDENCE_FILE_MAX_BYTES, 0x20);
    pdf.write('%PDF-1.4\n', 0);
    pdf.write('\n%%EOF\n', EVIDENCE_FILE_MAX_BYTES - 7);
    const { status, body } = await upload(operator, toValue(measurementId), pdf, 'Laporan Bulanan.pdf');
    expect(status).toBe(201);
    expect(body).toMatchObject({ mediaType: 'application/pdf', size: EVIDENCE_FILE_MAX_BYTES });
    const res = await download(body.id!, operator);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toMatch(/^inline;/);
    expect(Buffer.from(await res.arrayBuffer()).equals(pdf)).toBe(true);
  });

  it('accepts a WebP photo from a phone and stores it as WebP', async () => {
    const webp = await sharp(await picture('png'))
      .webp()
      .toBuffer();
    const { status, body } = await upload(
      operator,
      toValue(measurementId),
      webp,
      'IMG_0001.webp',
      'image/webp',
    );
    expect({ status, mediaType: body.mediaType }).toEqual({ status: 201, mediaType: 'image/webp' });
  });

  it('refuses a PNG named .pdf: the name contradicts what the bytes are', async () => {
    const png = await picture('png');
    await expectRefused(
      () => upload(operator, toValue(measurementId), png, 'laporan.pdf', 'application/pdf'),
      400,
      {
        code: 'BAD_USER_INPUT',
        field: 'file',
        rule: 'typeMismatch',
        params: { detected: 'image/png' },
      },
    );
  });

  it('refuses an SVG with script, even when it claims to be a PNG', async () => {
    const svg = Buffer.from(
      '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>',
    );
    await expectRefused(
      () => upload(operator, toValue(measurementId), svg, 'grafik.svg', 'image/svg+xml'),
      400,
      {
        code: 'BAD_USER_INPUT',
        field: 'file',
        rule: 'fileType',
      },
    );
    const bare = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');
    await expectRefused(
      () => upload(operator, toValue(measurementId), bare, 'grafik.png', 'image/png'),
      400,
      {
        rule: 'fileType',
      },
    );
  });

  it('refuses an HTML page', async () => {
    const html = Buffer.from('<!doctype html><html><body><script>fetch("/graphql")</script></body></html>');
    await expectRefused(
      () => upload(operator, toValue(measurementId), html, 'bukti.html', 'text/html'),
      400,
      {
        code: 'BAD_USER_INPUT',
        field: 'file',
        rule: 'fileType',
        params: { detected: null },
      },
    );
  });

  it('refuses 10 MB + 1 byte with 413', async () => {
    const big = Buffer.alloc(EVIDENCE_FILE_MAX_BYTES + 1, 0x20);
    big.write('%PDF-1.4\n', 0);
    await expectRefused(() => upload(operator, toValue(measurementId), big, 'besar.pdf'), 413, {
      code: 'BAD_USER_INPUT',
      field: 'file',
      rule: 'tooLarge',
      params: { max: EVIDENCE_FILE_MAX_BYTES },
    });
  });

  it('refuses a truncated JPEG', async () => {
    const photo = await noisyJpeg();
    const cut = photo.subarray(0, Math.floor(photo.length * 0.6));
    await expectRefused(() => upload(operator, toValue(measurementId), cut, 'terpotong.jpg'), 400, {
      code: 'BAD_USER_INPUT',
      field: 'file',
      rule: 'unreadableImage',
    });
  });

  it("refuses a file for another OPD's value, and anyone not signed in", async () => {
    const png = await picture('png');
    await expectRefused(() => upload(operator, toValue(puprMeasurementId), png, 'foto.png'), 403, {
      code: 'FORBIDDEN',
    });
    await expectRefused(() => upload(null, toValue(measurementId), png, 'foto.png'), 401, {
      code: 'UNAUTHENTICATED',
    });
  });
});

describe('evidence file of a budget month', () => {
  it("is stored for the sub-activity's operator, logged on the sub-activity and readable only within the OPD", async () => {
    const user = await t.db.prisma.user.findUniqueOrThrow({ where: { username: 'operator-kesehatan' } });
    const month = await t.db.prisma.budgetMonth.findFirstOrThrow({
      where: {
        realisedSpend: { not: null },
        subActivity: { operators: { some: { userId: user.id } } },
      },
      orderBy: { month: 'desc' },
      include: { subActivity: { select: { activity: { select: { program: { select: { year: true } } } } } } },
    });
    const sub = toGlobalId('SubActivity', month.subActivityId);
    const before = await stored();
    const { status, body } = await upload(
      operator,
      `subActivityId=${encodeURIComponent(sub)}&month=${month.month}`,
      await picture('png'),
      'progres-fisik.png',
    );
    expect({ status, ...body }).toMatchObject({ status: 201, mediaType: 'image/png' });
    expect(await stored()).toMatchObject({ files: before.files + 1, changes: before.changes + 1 });
    const change = await t.db.prisma.changeEvent.findFirstOrThrow({ orderBy: { seq: 'desc' } });
    expect(change).toMatchObject({
      entityType: 'SubActivity',
      entityId: month.subActivityId,
      action: 'EVIDENCE_FILE_ADDED',
    });
    // The operator's inbox lists it on the month's task.
    const tasks = await gql<{
      myTasks: {
        subActivities: { subActivityId: string; evidence: { id: string; kind: string; name: string }[] }[];
      };
    }>(
      t.base,
      `query($y: Int!, $m: Int!) { myTasks(year: $y, month: $m) { subActivities { subActivityId evidence { id kind name } } } }`,
      { y: month.subActivity.activity.program.year, m: month.month },
      operator,
    );
    const task = tasks.data!.myTasks.subActivities.find((s) => s.subActivityId === sub);
    expect(task?.evidence).toContainEqual({ id: body.id, kind: 'FILE', name: 'progres-fisik.png' });
    const kadisPupr = await loginAs(t.base, 'kadis-pupr');
    expect((await download(body.id!, kadisPupr)).status).toBe(403);
    expect((await download(body.id!, await loginAs(t.base, 'kadis-kesehatan'))).status).toBe(200);
  });
});

describe('evidence file download', () => {
  it('is refused to a user of another OPD and to anonymous', async () => {
    const { body } = await upload(operator, toValue(measurementId), await picture('png'), 'peta.png');
    expect(body.id).toBeDefined();
    const anonymous = await download(body.id!);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
    for (const username of ['kadis-pupr', 'operator-pupr']) {
      const res = await download(body.id!, await loginAs(t.base, username));
      expect(res.status).toBe(403);
      expect(await res.json()).toMatchObject({ code: 'FORBIDDEN' });
    }
    const own = await download(body.id!, operator);
    expect(own.status).toBe(200);
    expect(own.headers.get('content-type')).toBe('image/png');
  });
});

describe('evidence file storage', () => {
  it('goes with its evidence row, so removing a value leaves no bytes behind', async () => {
    const { body } = await upload(operator, toValue(measurementId), await picture('png'), 'sementara.png');
    const evidenceId = idOf('Evidence', body.id!, 'id');
    const file = await t.db.prisma.evidenceFile.findUniqueOrThrow({ where: { evidenceId } });
    expect(file).toMatchObject({ mediaType: 'image/png', name: 'sementara.png', size: body.size });
    await t.db.prisma.evidence.delete({ where: { id: evidenceId } });
    expect(await t.db.prisma.evidenceFile.count({ where: { id: file.id } })).toBe(0);
  });
});

describe('photo metadata', () => {
  const KEEP = `mutation($input: SetPhotoMetadataKeptInput!) { setPhotoMetadataKept(input: $input) { keepPhotoMetadata } }`;

  it('is kept, location included, only where an administrator of the tenant chose so', async () => {
    const province = await t.db.prisma.tenant.findUniqueOrThrow({ where: { code: '52' } });
    const input = { tenantId: toGlobalId('Tenant', province.id), keep: true };
    const refused = await gql(t.base, KEEP, { input }, operator);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const admin = await loginAs(t.base, 'superadmin');
    const kept = await gql<{ setPhotoMetadataKept: { keepPhotoMetadata: boolean } }>(
      t.base,
      KEEP,
      { input },
      admin,
    );
    expect(kept.data?.setPhotoMetadataKept.keepPhotoMetadata).toBe(true);
    const logged = await t.db.prisma.changeEvent.findFirstOrThrow({ orderBy: { seq: 'desc' } });
    expect(logged).toMatchObject({ action: 'PHOTO_METADATA_SET', after: { keepPhotoMetadata: true } });
    try {
      const photo = await sharp(await picture('jpeg'))
        .jpeg()
        .withExif({ IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '8/1 35/1 0/1' } })
        .toBuffer();
      const { status, body } = await upload(operator, toValue(measurementId), photo, 'lokasi.jpg');
      expect(status).toBe(201);
      const back = Buffer.from(await (await download(body.id!, operator)).arrayBuffer());
      // Its EXIF block (with the GPS entries) comes back; without the setting it has none.
      const exif = (await sharp(back).metadata()).exif;
      expect(exif?.length).toBe((await sharp(photo).metadata()).exif?.length);
    } finally {
      await gql(t.base, KEEP, { input: { ...input, keep: false } }, admin);
    }
  });
});
