import { randomInt } from 'node:crypto';
import { FileStorage, PublicApplications, type ApplicationInput, type UploadTicket } from '@aksu/core';
import { uniqueSuffix } from './accounts.ts';

/** A small file that is a PDF by its first bytes. */
export function pdfBytes(size = 2048): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size).fill(0x20);
  bytes.set(new TextEncoder().encode('%PDF-1.7\n'));
  return bytes;
}

/** What a Word file or any ZIP starts with, renamed to .pdf by its sender. */
export function zipBytes(size = 2048): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  bytes.set([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
  return bytes;
}

/** The browser's PUT to a presigned link: the ticket's URL, method and headers, the file as the body. */
export async function putFile(ticket: UploadTicket, body: Uint8Array<ArrayBuffer>): Promise<void> {
  const answer = await fetch(ticket.url, { method: ticket.method, headers: ticket.headers, body });
  if (answer.status !== 200) throw new Error(`upload refused: ${answer.status} ${await answer.text()}`);
}

/** A CV uploaded through a link of its own, as a phone does; its upload key goes into an application. */
export async function uploadedCv(body = pdfBytes()): Promise<string> {
  const ticket = await FileStorage.presignUpload({ purpose: 'cv', contentType: 'application/pdf', size: body.length });
  await putFile(ticket, body);
  return ticket.uploadKey;
}

/** An applicant's details; every call a new person. */
export function applicant(overrides: Partial<ApplicationInput> = {}): Omit<ApplicationInput, 'cvKey'> {
  return {
    name: `应聘者${uniqueSuffix()}`,
    phone: `138${String(randomInt(0, 100_000_000)).padStart(8, '0')}`,
    email: `applicant.${uniqueSuffix()}${uniqueSuffix()}@example.com`,
    degreeLevel: 'master',
    universityName: '新疆大学',
    discipline: '临床医学',
    graduationYear: 2026,
    consent: true,
    cvName: '简历.pdf',
    ...overrides,
  };
}

/** An application through core, with a real uploaded CV, from a client address of its own. */
export async function newApplication(positionId: string, overrides: Partial<ApplicationInput> = {}) {
  const cvKey = await uploadedCv();
  return PublicApplications.apply(
    positionId,
    { ...applicant(overrides), cvKey } as ApplicationInput,
    `client-${uniqueSuffix()}`,
  );
}
