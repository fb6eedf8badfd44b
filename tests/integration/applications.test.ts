import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@aksu/core';
import { newAccount, newUniversity, type Account } from '../support/accounts.ts';
import { applicant, newApplication, pdfBytes, putFile, zipBytes } from '../support/applications.ts';
import { type Backbone, sentTo, startBackbone } from '../support/backbone.ts';
import { call, concurrently } from '../support/http.ts';
import { useLocalS3 } from '../support/local-s3.ts';
import { newPosition } from '../support/positions.ts';
import { newHostUnit } from '../support/programme.ts';

/*
 * Applying to positions over HTTP, with CVs uploaded to a real S3-compatible server through the
 * presigned links (plain fetch, as a phone sends them), and the organisers' screening to acceptance.
 */

useLocalS3();

let organiser: Account;
let coordinator: Account;
let hostUnitId: string;
let backbone: Backbone;

beforeAll(async () => {
  // The recovery code is mailed by the stream worker.
  backbone = await startBackbone();
  organiser = await newAccount('organiser');
  coordinator = await newAccount('coordinator', { universityId: (await newUniversity()).universityId });
  hostUnitId = (await newHostUnit()).hostUnitId;
});
afterAll(() => backbone?.stop());

const as = (method: string, path: string, body?: unknown) => call(method, path, { token: organiser.token, body });
const published = async (headcount = 3) => (await newPosition(hostUnitId, { headcount, title: '临床医师' })).positionId;

/** The phone's path: a link for the CV, the PUT, then the application naming the upload. */
async function applyOverHttp(positionId: string, body = pdfBytes(), overrides: Record<string, unknown> = {}) {
  const link = await call('POST', `/v1/public/positions/${positionId}/cv-uploads`, {
    body: { contentType: 'application/pdf', size: body.length },
  });
  expect(link.status, JSON.stringify(link.body)).toBe(201);
  await putFile(link.body, body);
  return call('POST', `/v1/public/positions/${positionId}/applications`, {
    body: { ...applicant(), cvKey: link.body.uploadKey, ...overrides },
    headers: { 'idempotency-key': crypto.randomUUID() },
  });
}

const move = (a: { applicationId: string; version: number }, to: string, reason?: string) =>
  as('POST', `/v1/applications/${a.applicationId}/transitions`, {
    to,
    version: a.version,
    ...(reason ? { reason } : {}),
  });

/** Moves an application to `offered` by the usual steps, answering its latest version. */
async function offered(applicationId: string) {
  let current = (await as('GET', `/v1/applications/${applicationId}`)).body;
  for (const to of ['shortlisted', 'interview', 'offered']) {
    const res = await move(current, to);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    current = res.body;
  }
  return current;
}

describe('applying from a phone', () => {
  it('uploads the PDF through the presigned link and submits, attached to a new lead', async () => {
    const positionId = await published();
    const res = await applyOverHttp(positionId, pdfBytes(4096), { email: 'new.applicant@example.com' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ positionId, status: 'submitted', accessCode: expect.any(String) });

    const list = await as('GET', `/v1/positions/${positionId}/applications`);
    expect(list.status).toBe(200);
    expect(list.body.items).toHaveLength(1);
    const [stored] = list.body.items;
    expect(stored).toMatchObject({
      applicationId: res.body.applicationId,
      status: 'submitted',
      email: 'new.applicant@example.com',
      cvName: '简历.pdf',
      cvSize: 4096,
      allowedTransitions: ['shortlisted', 'rejected', 'withdrawn'],
      version: 1,
    });
    const lead = (await db().service.entities.lead.get({ leadId: stored.leadId }).go()).data;
    expect(lead).toMatchObject({ email: 'new.applicant@example.com', interestedInFullTime: true });
  });

  it('refuses a ZIP named .pdf with the storage’s code, and stores nothing', async () => {
    const positionId = await published();
    const res = await applyOverHttp(positionId, zipBytes());
    expect(res.status).toBe(415);
    expect(res.body.code).toBe('file_type_mismatch');
    expect((await as('GET', `/v1/positions/${positionId}/applications`)).body.items).toEqual([]);
  });

  it('refuses an upload key that was never uploaded, and a position that is not published', async () => {
    const positionId = await published();
    const missing = await call('POST', `/v1/public/positions/${positionId}/applications`, {
      body: { ...applicant(), cvKey: 'incoming/cv/01HZZZZZZZZZZZZZZZZZZZZZZZ.pdf' },
    });
    expect(missing.status).toBe(404);
    const draft = (await newPosition(hostUnitId, {}, { draft: true })).positionId;
    const link = await call('POST', `/v1/public/positions/${draft}/cv-uploads`, {
      body: { contentType: 'application/pdf', size: 100 },
    });
    expect(link.status).toBe(404);
  });

  it('allows one application per person and position, naming the field that matched', async () => {
    const positionId = await published();
    const first = applicant({ nationalId: '11010519491231002X' });
    const ok = await applyOverHttp(positionId, pdfBytes(), first);
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    for (const [field, same] of [
      ['email', { email: first.email }],
      ['phone', { phone: first.phone }],
      ['nationalId', { nationalId: first.nationalId }],
    ] as const) {
      const again = await applyOverHttp(positionId, pdfBytes(), same);
      expect(again.status, field).toBe(409);
      expect(again.body.code).toBe('already_applied');
      expect(again.body.errors[0].path).toBe(field);
    }
    // Another position is another application.
    expect((await applyOverHttp(await published(), pdfBytes(), first)).status).toBe(201);
  });

  it('answers a retry with the same Idempotency-Key with the first receipt, storing one application', async () => {
    const positionId = await published();
    const body = pdfBytes();
    const link = await call('POST', `/v1/public/positions/${positionId}/cv-uploads`, {
      body: { contentType: 'application/pdf', size: body.length },
    });
    await putFile(link.body, body);
    const send = {
      body: { ...applicant(), cvKey: link.body.uploadKey },
      headers: { 'idempotency-key': crypto.randomUUID() },
    };
    const first = await call('POST', `/v1/public/positions/${positionId}/applications`, send);
    const retry = await call('POST', `/v1/public/positions/${positionId}/applications`, send);
    expect([first.status, retry.status]).toEqual([201, 201]);
    expect(retry.body).toEqual(first.body);
    expect((await as('GET', `/v1/positions/${positionId}/applications`)).body.items).toHaveLength(1);
  });

  it('refuses an ID number that is not one, naming the rule', async () => {
    const res = await applyOverHttp(await published(), pdfBytes(), { nationalId: '110105194912310021' });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ path: 'nationalId', code: 'national_id_checksum' })]);
  });

  it('attaches a second application to the same lead without rewriting who the person is', async () => {
    const email = `same.person.${crypto.randomUUID().slice(0, 8)}@example.com`;
    const a = await applyOverHttp(await published(), pdfBytes(), { email, name: '王小明' });
    const b = await applyOverHttp(await published(), pdfBytes(), { email, name: '冒名者' });
    const [first, second] = await Promise.all(
      [a, b].map(async (r) => (await as('GET', `/v1/applications/${r.body.applicationId}`)).body),
    );
    expect(second.leadId).toBe(first.leadId);
    expect(second.name).toBe('冒名者');
    const lead = (await db().service.entities.lead.get({ leadId: first.leadId }).go()).data;
    expect(lead?.name).toBe('王小明');
  });

  it('opens and withdraws the application by the receipt’s code, and no other code', async () => {
    const positionId = await published();
    const receipt = (await applyOverHttp(positionId)).body;
    const mine = await call('POST', `/v1/public/positions/${positionId}/applications/my`, {
      body: { token: receipt.accessCode },
    });
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ status: 'submitted', positionTitle: '临床医师', canWithdraw: true });
    expect(mine.body.phone).toContain('*');

    const forged = `${receipt.applicationId}.AAAAAAAAAAAAAAAAAAAAAAAA`;
    for (const [where, token] of [
      [positionId, forged],
      [await published(), receipt.accessCode],
    ])
      expect((await call('POST', `/v1/public/positions/${where}/applications/my`, { body: { token } })).status).toBe(
        404,
      );

    const withdrawn = await call('POST', `/v1/public/positions/${positionId}/applications/my/withdraw`, {
      body: { token: receipt.accessCode },
    });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', canWithdraw: false });
    const again = await call('POST', `/v1/public/positions/${positionId}/applications/my/withdraw`, {
      body: { token: receipt.accessCode },
    });
    expect(again.body.status).toBe('withdrawn');
    const seen = (await as('GET', `/v1/applications/${receipt.applicationId}`)).body;
    expect(seen).toMatchObject({ status: 'withdrawn', allowedTransitions: [], version: 2 });
    const audit = await as('GET', `/v1/audit?entityType=application&entityId=${receipt.applicationId}`);
    expect(audit.body.items.map((a: { action: string }) => a.action).sort()).toEqual(['apply', 'transition:withdrawn']);
  });
  it('mails a one-time code, as "my registration" does, whose access token opens and withdraws the application', async () => {
    const positionId = await published();
    const person = applicant({ locale: 'en' });
    const receipt = await applyOverHttp(positionId, pdfBytes(), person);
    expect(receipt.status).toBe(201);
    const base = `/v1/public/positions/${positionId}/applications`;
    const stranger = await call('POST', `${base}/recovery`, { body: { phone: '13900000000' } });
    const asked = await call('POST', `${base}/recovery`, { body: { phone: person.phone } });
    expect([stranger.status, asked.status]).toEqual([202, 202]);
    expect(stranger.body).toEqual(asked.body);

    const [mail] = await backbone.mailbox.waitFor(
      (m) => sentTo(person.email)(m) && m.subject.includes('Your code to open your application'),
    );
    expect(mail!.text).toContain('临床医师');
    expect(mail!.text).toContain(`/positions/${positionId}/my`);
    const code = /\b(\d{6})\b/.exec(mail!.subject)![1]!;
    const verify = (body: object) => call('POST', `${base}/recovery/verify`, { body });
    expect((await verify({ email: person.email, code: code === '000000' ? '111111' : '000000' })).body.code).toBe(
      'invalid_code',
    );
    // The code belongs to this position's application: another position does not take it.
    expect(
      (
        await call('POST', `/v1/public/positions/${await published()}/applications/recovery/verify`, {
          body: { email: person.email, code },
        })
      ).status,
    ).toBe(400);
    const right = await verify({ email: person.email, code });
    expect(right.status).toBe(200);
    expect((await verify({ email: person.email, code })).body.code).toBe('invalid_code');

    const access = { accessToken: right.body.accessToken };
    const opened = await call('POST', `${base}/my`, { body: access });
    expect(opened.body).toMatchObject({ applicationId: receipt.body.applicationId, status: 'submitted' });
    expect((await call('POST', `${base}/my`, { body: { accessToken: `${right.body.accessToken}x` } })).status).toBe(
      404,
    );
    expect((await call('POST', `${base}/my/withdraw`, { body: access })).body.status).toBe('withdrawn');
  });
});

describe('screening', () => {
  it('answers a move the lifecycle does not allow with 409 and the allowed moves', async () => {
    const { applicationId } = await newApplication(await published());
    const res = await move({ applicationId, version: 1 }, 'accepted');
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({
      code: 'invalid_transition',
      from: 'submitted',
      to: 'accepted',
      allowed: ['shortlisted', 'rejected', 'withdrawn'],
    });
    const stale = await move({ applicationId, version: 7 }, 'shortlisted');
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('version_conflict');
  });

  it('refuses a rejection or a declined offer without a reason, and keeps the reason given', async () => {
    const { applicationId } = await newApplication(await published());
    const bare = await move({ applicationId, version: 1 }, 'rejected');
    expect(bare.status).toBe(400);
    expect(bare.body.errors).toEqual([expect.objectContaining({ path: 'reason', code: 'reason_required' })]);
    const rejected = await move({ applicationId, version: 1 }, 'rejected', '专业不符');
    expect(rejected.status).toBe(200);
    expect(rejected.body).toMatchObject({ status: 'rejected', reason: '专业不符', allowedTransitions: [], version: 2 });

    const other = await offered((await newApplication(await published())).applicationId);
    expect((await move(other, 'declined')).status).toBe(400);
    expect((await move(other, 'declined', '已接受其他单位录用')).body).toMatchObject({ status: 'declined' });
    const audit = await as('GET', `/v1/audit?entityType=application&entityId=${applicationId}`);
    expect(audit.body.items.map((a: { action: string }) => a.action)).toContain('transition:rejected');
  });

  it('gives organisers alone a short-lived signed link to the CV', async () => {
    const { applicationId } = await newApplication(await published());
    const res = await as('GET', `/v1/applications/${applicationId}`);
    expect(res.status).toBe(200);
    const link = new URL(res.body.cv.url);
    expect(link.searchParams.get('X-Amz-Expires')).toBe('300');
    expect(Date.parse(res.body.cv.expiresAt) - Date.now()).toBeLessThanOrEqual(300_000);
    const file = await fetch(res.body.cv.url);
    expect(file.status).toBe(200);
    expect(new TextDecoder().decode((await file.arrayBuffer()).slice(0, 5))).toBe('%PDF-');
    // The link is the only way in: unsigned, the object is private.
    const bare = new URL(res.body.cv.url);
    bare.search = '';
    expect((await fetch(bare)).status).toBe(403);

    expect((await call('GET', `/v1/applications/${applicationId}`, { token: coordinator.token })).status).toBe(403);
    expect((await call('GET', `/v1/applications/${applicationId}`)).status).toBe(401);
  });
});

describe('accepting an offer', () => {
  it('moves the person’s outcome to offered with the position and unit, in the acceptance’s transaction', async () => {
    const positionId = await published(2);
    const email = `hired.${crypto.randomUUID().slice(0, 8)}@example.com`;
    const { applicationId } = await newApplication(positionId, { email });
    const accepted = await move(await offered(applicationId), 'accepted');
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    expect(accepted.body).toMatchObject({ status: 'accepted', outcomeId: expect.any(String) });

    const outcome = await as('GET', `/v1/outcomes/${accepted.body.outcomeId}`);
    expect(outcome.status).toBe(200);
    expect(outcome.body).toMatchObject({
      subjectKind: 'lead',
      subjectId: accepted.body.leadId,
      stage: 'offered',
      positionId,
      post: '临床医师',
      employerHostUnitId: hostUnitId,
      employmentKind: 'public_institution',
    });
    const position = await as('GET', `/v1/positions/${positionId}`);
    expect(position.body).toMatchObject({ status: 'published', accepted: 1 });

    // The same person accepted elsewhere: the one outcome takes the new position, counted once.
    const later = await published(1);
    const second = await newApplication(later, { email });
    const moved = await move(await offered(second.applicationId), 'accepted');
    expect(moved.body.outcomeId).toBe(accepted.body.outcomeId);
    const after = await as('GET', `/v1/outcomes/${accepted.body.outcomeId}`);
    expect(after.body).toMatchObject({ stage: 'offered', positionId: later });
    expect((await as('GET', `/v1/positions/${later}`)).body).toMatchObject({ status: 'filled', accepted: 1 });
  });

  it('never exceeds the headcount: 20 acceptances at once against 3 places leave exactly 3', async () => {
    const positionId = await published(3);
    const applications = await concurrently(20, async () => offered((await newApplication(positionId)).applicationId));
    const answers = await concurrently(20, (i) => move(applications[i]!, 'accepted'));
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(3);
    expect(statuses.filter((s) => s === 409)).toHaveLength(17);
    expect(new Set(answers.filter((a) => a.status === 409).map((a) => a.body.code))).toEqual(
      new Set(['headcount_reached']),
    );

    const position = (await as('GET', `/v1/positions/${positionId}`)).body;
    expect(position).toMatchObject({ status: 'filled', accepted: 3, allowedTransitions: [] });
    const list = (await as('GET', `/v1/positions/${positionId}/applications?limit=100`)).body.items;
    expect(list.filter((a: { status: string }) => a.status === 'accepted')).toHaveLength(3);
    expect(list.filter((a: { status: string }) => a.status === 'offered')).toHaveLength(17);
    // Only the accepted ones have an outcome: a refused acceptance wrote nothing of its own.
    const withOutcome = await Promise.all(
      list.map(
        async (a: { leadId: string }) =>
          (await db().service.entities.outcome.query.bySubject({ subjectId: a.leadId }).go()).data.length,
      ),
    );
    expect(withOutcome.reduce((sum, n) => sum + n, 0)).toBe(3);
    const audit = await as('GET', `/v1/audit?entityType=position&entityId=${positionId}`);
    expect(audit.body.items.filter((a: { action: string }) => a.action === 'transition:filled')).toHaveLength(1);
  });
});
