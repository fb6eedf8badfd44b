/** A partnership's outcomes: events held, registrations and leads counted on the partnership and university pages. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { Events, type PartnershipView, type UniversityView } from '@aksu/core';
import { newEvent, newTrip, person } from '../support/events.ts';
import { browserSession, SYSTEM } from './harness.ts';
import { outcomes, partnershipWorld, signedInPage as signedInAs } from './partnership-screens.ts';

const session = browserSession();
let own: UniversityView;
let other: UniversityView;
let ownPartnership: PartnershipView;
let organiserEmail: string;
let coordinatorEmail: string;

const signedInPage = (email: string): Promise<Page> => signedInAs(session, email);

beforeAll(async () => {
  ({ own, other, ownPartnership, organiserEmail, coordinatorEmail } = await partnershipWorld());
});

describe('partnership outcomes', () => {
  const expected = { eventsHeld: '1', registrations: '3', leads: '3', interns: '0', hires: '0' };

  beforeAll(async () => {
    const trip = await newTrip([own.universityId]);
    const [held, ahead] = [await newEvent(trip), await newEvent(trip, { title: '校地合作座谈会', kind: 'symposium' })];
    for (const eventId of [held.eventId, held.eventId, ahead.eventId]) {
      const res = await fetch(`${session.url}/v1/public/events/${eventId}/registrations`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(person({ universityId: own.universityId, universityName: own.name })),
      });
      expect(res.status).toBe(201);
    }
    await Events.update(SYSTEM, held.eventId, { version: held.version, status: 'held', outcomeNotes: '座无虚席' });
  });

  it(
    'shows an organiser the events held, registrations ' + 'and leads on the partnership and university pages',
    async () => {
      const page = await signedInPage(organiserEmail);
      await page.goto(`${session.url}/partnerships/${ownPartnership.partnershipId}`);
      await page.getByRole('heading', { level: 1, name: ownPartnership.title }).waitFor();
      expect(await outcomes(page)).toEqual(expected);
      const panel = page.getByRole('region', { name: '合作成效' });
      expect(await panel.locator('dt').allTextContents()).toEqual([
        '已举办活动',
        '报名人次',
        '意向人才',
        '社会实践学生',
        '全职引进',
      ]);

      await page.goto(`${session.url}/universities/${own.universityId}`);
      expect(await outcomes(page)).toEqual(expected);
      // Another university's counters are its own.
      await page.goto(`${session.url}/universities/${other.universityId}`);
      expect(await outcomes(page)).toEqual({
        eventsHeld: '0',
        registrations: '0',
        leads: '0',
        interns: '0',
        hires: '0',
      });
    },
  );

  it('shows a coordinator the same counters for their own university', async () => {
    const page = await signedInPage(coordinatorEmail);
    await page.goto(`${session.url}/my-university`);
    await page.getByRole('region', { name: '合作与往来' }).waitFor();
    expect(await outcomes(page)).toEqual(expected);
    await page.goto(`${session.url}/partnerships/${ownPartnership.partnershipId}`);
    expect(await outcomes(page)).toEqual(expected);
  });
});
