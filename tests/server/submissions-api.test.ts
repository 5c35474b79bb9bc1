// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SubmissionAccepted } from '../../src/domain/submission.ts';
import { PROVISIONAL_ALPHABET } from '../../src/domain/provisional-code.ts';
import { APPLICANT, createPayload, removeTemporaryDirectories, startTestServer, type TestServer } from './test-server.ts';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ now: () => new Date('2026-03-02T03:00:00Z') });
});

afterAll(async () => {
  await server.close();
  await removeTemporaryDirectories();
});

describe('POST /api/v1/submissions', () => {
  it('stores a new submission with 201', async () => {
    const payload = createPayload();
    const response = await server.post('/api/v1/submissions', payload);
    const body = (await response.json()) as SubmissionAccepted;

    expect(response.status).toBe(201);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(body.id).toBe(payload.id);
    expect(body.registrationNumber).toMatch(/^\d+\/PPID\/DINKES\/PI\/2026$/);
    expect(body.trackingCode).toMatch(new RegExp(`^[${PROVISIONAL_ALPHABET}]{8}$`));
    // The capture at 09:15 WIB lies 45 minutes before the arrival, so it is the moment of receipt.
    expect(body.receivedAt).toBe('2026-03-02T02:15:00.000Z');
    expect(body.status).toBe('diterima');
    expect(body).not.toHaveProperty('replacedNumber');
  });

  it('takes the arrival when the capture time is implausible', async () => {
    const tooOld = await server.post('/api/v1/submissions', createPayload({ capturedAt: '2025-12-31T09:00:00+07:00' }));
    const tooFarAhead = await server.post('/api/v1/submissions', createPayload({ capturedAt: '2026-03-02T03:06:00Z' }));
    const slightlyAhead = await server.post('/api/v1/submissions', createPayload({ capturedAt: '2026-03-02T03:04:00Z' }));

    expect(((await tooOld.json()) as SubmissionAccepted).receivedAt).toBe('2026-03-02T03:00:00.000Z');
    expect(((await tooFarAhead.json()) as SubmissionAccepted).receivedAt).toBe('2026-03-02T03:00:00.000Z');
    expect(((await slightlyAhead.json()) as SubmissionAccepted).receivedAt).toBe('2026-03-02T03:04:00.000Z');
  });

  it('keeps the tracking code the device drew', async () => {
    const response = await server.post('/api/v1/submissions', createPayload({ trackingCode: 'k7mx-3pat' }));

    expect(response.status).toBe(201);
    expect(((await response.json()) as SubmissionAccepted).trackingCode).toBe('K7MX3PAT');
  });

  it.each([
    ['too short', 'K7MX3PA'],
    ['a letter outside the alphabet', 'K7MX3PAO'],
    ['a number', 12345678],
  ])('rejects a tracking code that is %s', async (_label, trackingCode) => {
    const response = await server.post('/api/v1/submissions', { ...createPayload(), trackingCode });

    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({ error: 'invalid', fields: [{ field: 'trackingCode', code: 'invalid' }] });
  });

  it.each([
    ['a zero sequence number', { blockId: 1, seq: 0 }],
    ['a fractional block id', { blockId: 1.5, seq: 1 }],
    ['an unsafe integer', { blockId: 1, seq: 2 ** 53 }],
    ['a string', '1/PPID/DINKES/PI/2026'],
    ['an extra key', { blockId: 1, seq: 1, year: 2026 }],
    ['null', null],
  ])('rejects a block number that is %s', async (_label, blockNumber) => {
    const response = await server.post('/api/v1/submissions', { ...createPayload(), blockNumber });

    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({ error: 'invalid', fields: [{ field: 'blockNumber', code: 'invalid' }] });
  });

  it('treats a changed tracking code under a stored id as a conflict', async () => {
    const payload = createPayload({ trackingCode: 'ACEF3479' });
    await server.post('/api/v1/submissions', payload);

    const changed = await server.post('/api/v1/submissions', { ...payload, trackingCode: 'ACEF3477' });

    expect(changed.status).toBe(409);
  });

  it('answers a retry with 200 and the same number', async () => {
    const payload = createPayload();
    const first = await server.post('/api/v1/submissions', payload);
    const retry = await server.post('/api/v1/submissions', payload);

    expect(first.status).toBe(201);
    expect(retry.status).toBe(200);
    expect(await retry.json()).toEqual(await first.json());
  });

  it('treats a retry typed differently but equal after normalisation as the same', async () => {
    const payload = createPayload();
    const retyped = createPayload(
      { id: payload.id.toUpperCase() },
      { nik: '3671 0145 0190 0001', phone: APPLICANT.phoneE164, name: `  ${APPLICANT.name} ` },
    );
    // Key order must not matter either.
    const reordered = Object.fromEntries(Object.entries(retyped).reverse());

    const first = await server.post('/api/v1/submissions', payload);
    const retry = await server.post('/api/v1/submissions', reordered);

    expect(first.status).toBe(201);
    expect(retry.status).toBe(200);
    expect(((await retry.json()) as SubmissionAccepted).registrationNumber).toBe(((await first.json()) as SubmissionAccepted).registrationNumber);
  });

  it('rejects the same id with a different body with 409', async () => {
    const payload = createPayload();
    const changed = createPayload({ id: payload.id }, { details: 'Sesuatu yang lain sama sekali' });

    const first = await server.post('/api/v1/submissions', payload);
    const conflict = await server.post('/api/v1/submissions', changed);

    expect(first.status).toBe(201);
    expect(conflict.status).toBe(409);
    expect(await conflict.json()).toEqual({ error: 'conflict' });
  });

  it('rejects invalid answers with 422 field codes and no values', async () => {
    const badNik = '3671014513900001'; // month 13
    const payload = createPayload({}, { nik: badNik, name: '', phone: '0812', details: 'x'.repeat(2001) });

    const response = await server.post('/api/v1/submissions', payload);
    const text = await response.text();

    expect(response.status).toBe(422);
    expect(JSON.parse(text)).toEqual({
      error: 'invalid',
      fields: expect.arrayContaining([
        { field: 'nik', code: 'nikMonth' },
        { field: 'name', code: 'required' },
        { field: 'phone', code: 'phoneInvalid' },
        { field: 'details', code: 'tooLong', max: 2000 },
      ]),
    });
    expect(text).not.toContain(badNik);
    expect(text).not.toContain('0812');
    expect(text).not.toContain(APPLICANT.address);
  });

  it('never echoes a valid NIK in a 422', async () => {
    const payload = createPayload({ channel: 'fax' as never });

    const response = await server.post('/api/v1/submissions', payload);
    const text = await response.text();

    expect(response.status).toBe(422);
    expect(JSON.parse(text)).toEqual({ error: 'invalid', fields: [{ field: 'channel', code: 'optionInvalid' }] });
    expect(text).not.toContain(APPLICANT.nik);
    expect(text).not.toContain(APPLICANT.name);
  });

  it('reports envelope errors by key', async () => {
    const payload = {
      ...createPayload(),
      id: 'not-a-uuid',
      formVersion: 0,
      capturedAt: '2026-02-30T10:00:00+07:00',
      deviceId: 'd'.repeat(101),
      locale: 'fr',
      provisionalCode: 42,
      extra: true,
    };

    const response = await server.post('/api/v1/submissions', payload);

    expect(response.status).toBe(422);
    const body = (await response.json()) as { fields: unknown[] };
    expect(body.fields).toEqual(
      expect.arrayContaining([
        { field: 'extra', code: 'unknownField' },
        { field: 'id', code: 'invalid' },
        { field: 'formVersion', code: 'invalid' },
        { field: 'capturedAt', code: 'invalid' },
        { field: 'deviceId', code: 'tooLong', max: 100 },
        { field: 'locale', code: 'optionInvalid' },
        { field: 'provisionalCode', code: 'invalid' },
      ]),
    );
    expect(body.fields).toHaveLength(7);
  });

  it('reports missing envelope keys as required', async () => {
    const response = await server.post('/api/v1/submissions', {});

    expect(response.status).toBe(422);
    const body = (await response.json()) as { fields: { field: string; code: string }[] };
    expect(body.fields.map((error) => error.field).sort()).toEqual(
      ['capturedAt', 'channel', 'deviceId', 'formId', 'formVersion', 'id', 'locale', 'provisionalCode', 'values'].sort(),
    );
    expect(body.fields.every((error) => error.code === 'required')).toBe(true);
  });

  it('rejects another form version', async () => {
    const response = await server.post('/api/v1/submissions', createPayload({ formVersion: 2 }));

    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({ error: 'invalid', fields: [{ field: 'formVersion', code: 'unsupportedVersion' }] });
  });

  it.each([
    ['an empty code', ''],
    ['free text', 'offline'],
    ['a code without its dash', 'K7MX3PAT'],
    ['a lowercase code', 'k7mx-3pat'],
    ['a letter outside the alphabet', 'K7MX-3PAO'],
    ['a code with a trailing newline', 'K7MX-3PAT\n'],
  ])('rejects %s as provisional code', async (_label, provisionalCode) => {
    const response = await server.post('/api/v1/submissions', createPayload({ provisionalCode }));

    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({ error: 'invalid', fields: [{ field: 'provisionalCode', code: 'invalid' }] });
  });

  it.each([
    ['a list for a text answer', 'name', ['Sari Contohwati']],
    ['a list for a radio answer', 'accessMethod', ['inspect']],
    ['a list for a NIK', 'nik', [APPLICANT.nik]],
  ])('rejects %s as invalid', async (_label, field, value) => {
    const response = await server.post('/api/v1/submissions', createPayload({}, { [field]: value }));

    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({ error: 'invalid', fields: [{ field, code: 'invalid' }] });
  });

  it('accepts a request to a retired agency', async () => {
    const response = await server.post('/api/v1/submissions', createPayload({}, { agency: 'DISPERINDAG' }));

    expect(response.status).toBe(201);
    expect(((await response.json()) as SubmissionAccepted).registrationNumber).toMatch(/^\d+\/PPID\/DISPERINDAG\/PI\/2026$/);
  });

  it('rejects a bidirectional override in deviceId', async () => {
    const response = await server.post('/api/v1/submissions', createPayload({ deviceId: 'kiosk-\u202e10' }));

    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({ error: 'invalid', fields: [{ field: 'deviceId', code: 'invalid' }] });
  });

  it('rejects a bidirectional override in an answer', async () => {
    const response = await server.post('/api/v1/submissions', createPayload({}, { details: 'Data \u202eevil' }));

    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({ error: 'invalid', fields: [{ field: 'details', code: 'invalidCharacters' }] });
  });

  it('rejects an unknown formId', async () => {
    const response = await server.post('/api/v1/submissions', createPayload({ formId: 'keberatan-v9' }));

    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({ error: 'invalid', fields: [{ field: 'formId', code: 'unknownForm' }] });
  });

  it('rejects a body over the limit with 413', async () => {
    const payload = createPayload({}, { details: 'x'.repeat(300_000) });

    const response = await server.post('/api/v1/submissions', payload);

    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: 'tooLarge' });
  });

  it('rejects malformed JSON with 400', async () => {
    const response = await server.post('/api/v1/submissions', `{"id": "${crypto.randomUUID()}", "values": {"nik": "${APPLICANT.nik}"`);
    const text = await response.text();

    expect(response.status).toBe(400);
    expect(JSON.parse(text)).toEqual({ error: 'malformed' });
    expect(text).not.toContain(APPLICANT.nik);
  });

  it('rejects an empty JSON body with 400', async () => {
    const response = await server.post('/api/v1/submissions', '');

    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'malformed' });
  });

  it('rejects other content types with 415', async () => {
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml']) {
      const response = await server.post('/api/v1/submissions', JSON.stringify(createPayload()), { 'content-type': contentType });

      expect(response.status, contentType).toBe(415);
      expect(await response.json()).toEqual({ error: 'unsupportedMediaType' });
    }
  });

  it('rejects a request without a body with 415', async () => {
    const response = await fetch(`${server.baseUrl}/api/v1/submissions`, { method: 'POST' });

    expect(response.status).toBe(415);
    expect(await response.json()).toEqual({ error: 'unsupportedMediaType' });
  });

  it('accepts JSON with a charset parameter', async () => {
    const response = await server.post('/api/v1/submissions', createPayload(), { 'content-type': 'application/json; charset=utf-8' });

    expect(response.status).toBe(201);
  });

  it('answers 404 JSON for unknown API paths', async () => {
    const unknownGet = await server.get('/api/v1/nothing-here', { accept: 'text/html' });
    const wrongMethod = await fetch(`${server.baseUrl}/api/v1/submissions`, { method: 'PUT' });

    expect(unknownGet.status).toBe(404);
    expect(await unknownGet.json()).toEqual({ error: 'notFound' });
    expect(wrongMethod.status).toBe(404);
    expect(await wrongMethod.json()).toEqual({ error: 'notFound' });
  });
});

describe('POST /api/v1/submissions from a device with a wrong clock', () => {
  it('corrects the capture time by the clock reading at sending', async () => {
    // The device clock runs three days fast: captured "5 March 09:15 WIB", sent "5 March 10:00 WIB".
    const payload = createPayload({ capturedAt: '2026-03-05T09:15:00+07:00' });
    const response = await server.post('/api/v1/submissions', payload, { 'loket-device-time': '2026-03-05T03:00:00.000Z' });

    expect(response.status).toBe(201);
    expect(((await response.json()) as SubmissionAccepted).receivedAt).toBe('2026-03-02T02:15:00.000Z');
  });

  it('ignores a malformed clock reading', async () => {
    const payload = createPayload({ capturedAt: '2026-03-02T09:15:00+07:00' });
    const response = await server.post('/api/v1/submissions', payload, { 'loket-device-time': 'yesterday' });

    expect(((await response.json()) as SubmissionAccepted).receivedAt).toBe('2026-03-02T02:15:00.000Z');
  });
});

describe('POST /api/v1/submissions with garbage', () => {
  const deepArray = '['.repeat(50_000) + ']'.repeat(50_000);
  const deepObject = '{"a":'.repeat(20_000) + '1' + '}'.repeat(20_000);
  const valid = createPayload();
  const garbage: [string, string][] = [
    ['array', '[]'],
    ['array of payloads', JSON.stringify([valid])],
    ['null', 'null'],
    ['number', '42'],
    ['string', '"hello"'],
    ['boolean', 'true'],
    ['deeply nested arrays', deepArray],
    ['deeply nested objects', deepObject],
    ['deep nesting inside values', JSON.stringify({ ...valid, values: JSON.parse(deepArray.slice(0, 2000) + deepArray.slice(-2000)) })],
    ['huge string under the limit', JSON.stringify({ ...valid, deviceId: 'x'.repeat(200_000) })],
    ['huge string in an answer', JSON.stringify(createPayload({}, { purpose: 'y'.repeat(200_000) }))],
    ['many unknown answers', JSON.stringify(createPayload({}, Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`f${i}`, 'v']))))],
    ['unknown formId', JSON.stringify({ ...valid, formId: 'nope' })],
    ['formId as object', JSON.stringify({ ...valid, formId: { toString: 1 } })],
    ['formId "__proto__"', JSON.stringify({ ...valid, formId: '__proto__' })],
    ['formId "constructor"', JSON.stringify({ ...valid, formId: 'constructor' })],
    ['values with an object', JSON.stringify({ ...valid, values: { ...valid.values, nik: { digits: APPLICANT.nik } } })],
    ['values with numbers in an array', JSON.stringify({ ...valid, values: { ...valid.values, copyFormat: [1, 2] } })],
    ['values with null', JSON.stringify({ ...valid, values: { ...valid.values, name: null } })],
    ['values as an array', JSON.stringify({ ...valid, values: ['a'] })],
    ['values as a string', JSON.stringify({ ...valid, values: 'a' })],
    ['checkbox answer for a radio', JSON.stringify(createPayload({}, { accessMethod: ['inspect'] }))],
    ['string for every envelope key', JSON.stringify({ ...valid, formVersion: '1', channel: 1, locale: null })],
    ['formVersion as a float', JSON.stringify({ ...valid, formVersion: 1.5 })],
    ['formVersion huge', JSON.stringify({ ...valid, formVersion: 1e308 })],
    ['__proto__ key', `{"__proto__": {"polluted": true}, "id": "${crypto.randomUUID()}"}`],
    ['constructor.prototype key', '{"constructor": {"prototype": {"polluted": true}}}'],
    ['__proto__ inside values', JSON.stringify({ ...valid, values: {} }).replace('"values":{}', '"values":{"__proto__":"x"}')],
    ['lone surrogates', `{"id": "\\ud800", "values": {"name": "\\udfff"}}`],
    ['NUL characters', JSON.stringify(createPayload({ deviceId: 'a\u0000b' }, { name: 'Sari\u0000' }))],
    ['trailing garbage', `${JSON.stringify(valid)} trailing`],
    ['BOM before JSON', `\ufeff${JSON.stringify(createPayload())}`],
  ];

  it.each(garbage)('never answers 500 to %s', async (_name, body) => {
    const response = await server.post('/api/v1/submissions', body);
    const text = await response.text();

    expect(response.status).toBeGreaterThanOrEqual(200);
    expect(response.status).toBeLessThan(500);
    expect(() => JSON.parse(text)).not.toThrow();
    expect(text).not.toContain(APPLICANT.nik);
  });

  it('does not pollute Object.prototype', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
