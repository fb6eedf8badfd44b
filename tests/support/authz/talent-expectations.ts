import { DEFAULT_SERVICE_POLICY, FileStorage, MyTalentService, TalentService, addDays, localDate } from '@aksu/core';
import { SYSTEM } from '../accounts.ts';
import { pdfBytes, putFile } from '../applications.ts';
import type { RouteExpectation, Target } from './expectations.ts';
import type { Caller, World } from './fixtures.ts';
import { isOrganiser, organisersOnly } from './callers.ts';
import { careOf, freshOnboarded, internActor } from './talent-world.ts';

/**
 * Keeping people once they come. Organisers do everything; the contact caller reads and logs
 * contacts for the person assigned to it (`self`, the intern caller's outcome) and nobody else
 * (`other` does not exist for it); the person reads their card and files and rates their requests;
 * everyone else is refused. The card check behind the QR code answers anyone.
 */

const SELF_OTHER: Target[] = ['self', 'other'];
const outcomeOf = (world: World, target: Target) => (target === 'self' ? world.talent.self : world.talent.other);

function careReaders(ok: number) {
  return (caller: Caller, target: Target) => {
    if (caller === 'anonymous') return 401;
    if (isOrganiser(caller)) return ok;
    if (caller === 'contact') return target === 'self' ? ok : 404;
    return 403;
  };
}

/**
 * The person's own routes: the intern caller is the person, and so is the talent account bound to the
 * same outcome; the other intern has no outcome (404).
 */
const personOnly = (ok: number) => (caller: Caller) =>
  caller === 'anonymous'
    ? 401
    : caller === 'intern' || caller === 'leadHire'
      ? ok
      : caller === 'otherIntern'
        ? 404
        : 403;

const careListers = (caller: Caller) =>
  caller === 'anonymous' ? 401 : isOrganiser(caller) || caller === 'contact' ? 200 : 403;

/** Each version needs a date of its own, far ahead of every other test's. */
let versions = 0;

/** A request of the intern caller, open or already resolved, for writes that move it. */
async function freshRequest(world: World, resolved = false) {
  const request = await MyTalentService.fileRequest(internActor(world.accounts.intern, world.programme.mentee), {
    kind: 'housing',
    description: '矩阵住房诉求',
  });
  if (resolved) await TalentService.advanceRequest(SYSTEM, request.requestId, { version: 1, to: 'resolved' });
  return request.requestId;
}

/** A request of the intern caller with one PDF, its id and the file's. */
async function requestWithFile(world: World) {
  const ticket = await FileStorage.presignUpload({ purpose: 'request', contentType: 'application/pdf', size: 2048 });
  await putFile(ticket, pdfBytes());
  const request = await MyTalentService.fileRequest(internActor(world.accounts.intern, world.programme.mentee), {
    kind: 'medical_care',
    description: '矩阵就医诉求',
    attachments: [{ uploadKey: ticket.uploadKey, name: '病历.pdf' }],
  });
  return `${request.requestId}/attachments/${request.attachments[0]!.attachmentId}`;
}

export const TALENT_EXPECTATIONS: Record<string, RouteExpectation> = {
  listServicePolicies: {
    targets: ['none'],
    request: () => ({ method: 'GET', path: '/v1/talent-service/policies' }),
    expect: organisersOnly(200),
  },
  createServicePolicy: {
    targets: ['none'],
    request: () => {
      const { policyId: _p, createdAt: _c, ...rules } = DEFAULT_SERVICE_POLICY;
      return {
        method: 'POST',
        path: '/v1/talent-service/policies',
        body: { ...rules, name: '矩阵版本', effectiveFrom: addDays('2200-01-01', versions++) },
      };
    },
    expect: organisersOnly(201),
  },
  listTalentCare: {
    targets: ['none'],
    request: () => ({ method: 'GET', path: '/v1/talent-service/people' }),
    expect: careListers,
  },
  listOverdueContacts: {
    targets: ['none'],
    request: () => ({ method: 'GET', path: '/v1/talent-service/overdue-contacts' }),
    expect: organisersOnly(200),
  },
  listAttention: {
    targets: ['none'],
    request: () => ({ method: 'GET', path: '/v1/talent-service/attention?all=true' }),
    expect: organisersOnly(200),
  },
  getAttentionShare: {
    targets: ['none'],
    request: () => ({ method: 'GET', path: '/v1/talent-service/attention/share' }),
    expect: organisersOnly(200),
  },
  assignTalentCare: {
    targets: ['none'],
    request: async (world) => ({
      method: 'PUT',
      path: `/v1/talent-service/people/${await freshOnboarded(world.uniA.universityId)}`,
      body: careOf(world.accounts.organiserPlain, world.accounts.contact),
    }),
    expect: organisersOnly(200),
  },
  getTalentCare: {
    targets: SELF_OTHER,
    request: (world, target) => ({ method: 'GET', path: `/v1/talent-service/people/${outcomeOf(world, target)}` }),
    expect: careReaders(200),
  },
  listContactLog: {
    targets: SELF_OTHER,
    request: (world, target) => ({
      method: 'GET',
      path: `/v1/talent-service/people/${outcomeOf(world, target)}/contacts`,
    }),
    expect: careReaders(200),
  },
  logContact: {
    targets: SELF_OTHER,
    request: (world, target) => ({
      method: 'POST',
      path: `/v1/talent-service/people/${outcomeOf(world, target)}/contacts`,
      body: { on: localDate(), kind: 'call', raised: '矩阵' },
    }),
    expect: careReaders(201),
  },
  issueServiceCard: {
    targets: ['none'],
    request: async (world) => {
      const outcomeId = await freshOnboarded(world.uniA.universityId);
      await TalentService.assign(SYSTEM, outcomeId, careOf(world.accounts.organiserPlain, world.accounts.contact));
      return { method: 'POST', path: `/v1/talent-service/people/${outcomeId}/card` };
    },
    expect: organisersOnly(201),
  },
  getServiceCard: {
    targets: ['self'],
    request: (world) => ({ method: 'GET', path: `/v1/talent-service/people/${world.talent.self}/card` }),
    expect: organisersOnly(200),
  },
  verifyServiceCard: {
    targets: ['self'],
    request: (world) => ({ method: 'GET', path: `/v1/public/service-cards/${world.talent.cardToken}` }),
    expect: () => 200,
  },
  getMyServiceCard: {
    targets: ['self'],
    request: () => ({ method: 'GET', path: '/v1/me/service-card' }),
    expect: personOnly(200),
  },
  listMyServiceRequests: {
    targets: ['self'],
    request: () => ({ method: 'GET', path: '/v1/me/service-requests' }),
    // The other intern has no outcome: an empty list, not an error.
    expect: (caller) => (caller === 'otherIntern' ? 200 : personOnly(200)(caller)),
  },
  fileServiceRequest: {
    targets: ['self'],
    request: () => ({
      method: 'POST',
      path: '/v1/me/service-requests',
      body: { kind: 'title_review', description: '矩阵职称诉求' },
    }),
    expect: personOnly(201),
  },
  createServiceRequestUpload: {
    targets: ['self'],
    request: () => ({
      method: 'POST',
      path: '/v1/me/service-request-uploads',
      body: { contentType: 'image/png', size: 4096 },
    }),
    expect: personOnly(201),
  },
  getMyServiceRequestAttachment: {
    targets: ['self'],
    request: async (world) => ({ method: 'GET', path: `/v1/me/service-requests/${await requestWithFile(world)}` }),
    expect: personOnly(200),
  },
  getServiceRequestAttachment: {
    targets: ['self'],
    // The contact role keeps in touch but does not handle requests, nor see their documents.
    request: async (world) => ({ method: 'GET', path: `/v1/talent-service/requests/${await requestWithFile(world)}` }),
    expect: organisersOnly(200),
  },
  rateServiceRequest: {
    targets: ['self'],
    request: async (world) => ({
      method: 'POST',
      path: `/v1/me/service-requests/${await freshRequest(world, true)}/rating`,
      body: { rating: 5 },
    }),
    expect: personOnly(200),
  },
  listServiceRequests: {
    targets: ['none'],
    request: () => ({ method: 'GET', path: '/v1/talent-service/requests?all=true' }),
    expect: organisersOnly(200),
  },
  getServiceRequest: {
    targets: ['self'],
    request: (world) => ({ method: 'GET', path: `/v1/talent-service/requests/${world.talent.requestId}` }),
    expect: organisersOnly(200),
  },
  advanceServiceRequest: {
    targets: ['self'],
    request: async (world) => ({
      method: 'POST',
      path: `/v1/talent-service/requests/${await freshRequest(world)}/steps`,
      body: { version: 1, to: 'in_progress', note: '矩阵办理' },
    }),
    expect: organisersOnly(200),
  },
};
