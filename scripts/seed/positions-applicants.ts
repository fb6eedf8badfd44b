/** Applying and screening for the demo notice, through the same functions as the public form and the organisers. */
import {
  allPages,
  Applications,
  FileStorage,
  PublicApplications,
  type Actor,
  type ApplicationInput,
  type ApplicationView,
  type PositionView,
} from '@aksu/core';
import type { Target } from './positions-plan.ts';

export type Applicant = Omit<ApplicationInput, 'cvKey' | 'consent'>;

/** A small made-up CV, uploaded through a presigned link as a phone would. */
async function uploadCv(name: string): Promise<string> {
  const body = new TextEncoder().encode(`%PDF-1.4\n% ${name} 简历（演示数据）\n%%EOF\n`);
  const ticket = await FileStorage.presignUpload({ purpose: 'cv', contentType: 'application/pdf', size: body.length });
  const put = await fetch(ticket.url, { method: ticket.method, headers: ticket.headers, body });
  if (!put.ok) throw new Error(`The demo CV upload was refused: ${put.status}`);
  return ticket.uploadKey;
}

const PATH: Target[] = ['submitted', 'shortlisted', 'interview', 'offered', 'accepted'];

/** Screening moves from where the application is to `to`, through the real lifecycle (offers, acceptances). */
async function screenTo(seed: Actor, first: ApplicationView, to: Target): Promise<void> {
  let current = first;
  if (to === 'rejected') {
    if (current.status === 'submitted') {
      await Applications.transition(seed, current.applicationId, {
        to,
        version: current.version,
        reason: '专业方向与岗位要求不符',
      });
    }
    return;
  }
  const from = PATH.indexOf(current.status as Target);
  if (from < 0) return;
  for (const step of PATH.slice(from + 1, PATH.indexOf(to) + 1)) {
    current = await Applications.transition(seed, current.applicationId, { to: step, version: current.version });
  }
}

/** Applies unless this person already has, then screens the application to `to`; 1 when it was new. */
export async function applyOnce(
  seed: Actor,
  position: PositionView,
  person: Applicant,
  to: Target,
  client: string,
): Promise<number> {
  const listed = await allPages((page) => Applications.list(seed, position.positionId, {}, page));
  let application = listed.find((a) => a.email === person.email);
  let created = 0;
  if (!application) {
    const cvKey = await uploadCv(person.name);
    const receipt = await PublicApplications.apply(
      position.positionId,
      { ...person, cvKey, consent: true, cvName: `${person.name}-简历.pdf` },
      client,
    );
    application = await Applications.get(seed, receipt.applicationId);
    created = 1;
  }
  await screenTo(seed, application, to);
  return created;
}
