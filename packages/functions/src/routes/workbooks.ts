import { z } from '@hono/zod-openapi';
import { Conversion } from '@aksu/core/conversion/conversion';
import { Events } from '@aksu/core/events/events';
import { eventIdSchema } from '@aksu/core/events/events.schema';
import { cohortIdSchema } from '@aksu/core/fields';
import { Leads } from '@aksu/core/leads/leads';
import { ListLeadsQuery } from '@aksu/core/leads/leads.schema';
import { announcementIdSchema } from '@aksu/core/positions/announcements.schema';
import { RecruitmentExports } from '@aksu/core/positions/exports';
import { positionIdSchema } from '@aksu/core/positions/positions.schema';
import { PayoutBatches } from '@aksu/core/stipends/batches';
import { payoutBatchIdSchema } from '@aksu/core/stipends/stipends.schema';
import { Trips } from '@aksu/core/trips/trips';
import { tripIdSchema } from '@aksu/core/trips/trips.schema';
import { router } from '../env.ts';
import { sendSpreadsheet } from '../http/download.ts';
import { bearer, errors, route, spreadsheetResponse } from '../http/schemas.ts';

/**
 * Every .xlsx download outside imports, in one module of the exports class: building a workbook
 * loads the spreadsheet library, which only the exports function carries. Each operation keeps
 * the tag of the resource it belongs to.
 */
export const workbookRoutes = router();

workbookRoutes.openapi(
  route({
    operationId: 'getTripReportXlsx',
    method: 'get',
    path: '/v1/trips/{tripId}/report.xlsx',
    tags: ['Trips'],
    summary:
      'The trip report as an Excel workbook: 汇总 (per stop and total) and 活动 (one row per event) (organisers)',
    security: bearer,
    request: { params: z.object({ tripId: tripIdSchema.openapi({ param: { name: 'tripId', in: 'path' } }) }) },
    responses: { 200: spreadsheetResponse('The report workbook (.xlsx)'), ...errors(404) },
  }),
  async (c) => sendSpreadsheet(c, await Trips.reportSpreadsheet(c.get('actor'), c.req.valid('param').tripId)),
);

workbookRoutes.openapi(
  route({
    operationId: 'getEventAttendanceXlsx',
    method: 'get',
    path: '/v1/events/{eventId}/attendance.xlsx',
    tags: ['Events'],
    summary: 'Every registration with its status and times, as an Excel workbook (organisers)',
    security: bearer,
    request: { params: z.object({ eventId: eventIdSchema.openapi({ param: { name: 'eventId', in: 'path' } }) }) },
    responses: { 200: spreadsheetResponse('The attendance list (.xlsx)'), ...errors(404) },
  }),
  async (c) => sendSpreadsheet(c, await Events.attendanceSpreadsheet(c.get('actor'), c.req.valid('param').eventId)),
);

workbookRoutes.openapi(
  route({
    operationId: 'getLeadsXlsx',
    method: 'get',
    path: '/v1/leads.xlsx',
    tags: ['Leads'],
    summary: 'Every lead matching the same filters as the list, as an Excel workbook',
    description: 'Scoped like the list: a coordinator gets their own university’s leads, phones masked.',
    security: bearer,
    request: { query: ListLeadsQuery },
    responses: { 200: spreadsheetResponse('The leads (.xlsx)'), ...errors() },
  }),
  async (c) => sendSpreadsheet(c, await Leads.spreadsheet(c.get('actor'), c.req.valid('query'))),
);

workbookRoutes.openapi(
  route({
    operationId: 'getPayoutBatchXlsx',
    method: 'get',
    path: '/v1/payout-batches/{batchId}/workbook.xlsx',
    tags: ['Stipends'],
    summary: 'The batch for finance as an Excel workbook: payees and every statement line (organisers)',
    security: bearer,
    request: { params: z.object({ batchId: payoutBatchIdSchema.openapi({ param: { name: 'batchId', in: 'path' } }) }) },
    responses: { 200: spreadsheetResponse('The payout batch (.xlsx)'), ...errors(404) },
  }),
  async (c) => sendSpreadsheet(c, await PayoutBatches.spreadsheet(c.get('actor'), c.req.valid('param').batchId)),
);

workbookRoutes.openapi(
  route({
    operationId: 'exportConversion',
    method: 'get',
    path: '/v1/dashboard/conversion.xlsx',
    tags: ['Dashboard'],
    summary: 'Outcomes, retention ledger, housing subsidy schedule and funnel tables as a workbook (organisers)',
    security: bearer,
    request: { query: z.object({ cohortId: cohortIdSchema.optional() }) },
    responses: { 200: spreadsheetResponse('The workbook (.xlsx)'), ...errors(404) },
  }),
  async (c) => sendSpreadsheet(c, await Conversion.spreadsheet(c.get('actor'), c.req.valid('query').cohortId)),
);

workbookRoutes.openapi(
  route({
    operationId: 'getPositionApplicationsXlsx',
    method: 'get',
    path: '/v1/positions/{positionId}/applications.xlsx',
    tags: ['Positions'],
    summary:
      'A position with its counts and every application to it, as an Excel workbook (organisers; a unit’s ' +
      'reviewer its own unit’s, the contacts masked)',
    security: bearer,
    request: {
      params: z.object({ positionId: positionIdSchema.openapi({ param: { name: 'positionId', in: 'path' } }) }),
    },
    responses: { 200: spreadsheetResponse('The position and its applicants (.xlsx)'), ...errors(404) },
  }),
  async (c) => sendSpreadsheet(c, await RecruitmentExports.position(c.get('actor'), c.req.valid('param').positionId)),
);

workbookRoutes.openapi(
  route({
    operationId: 'getAnnouncementApplicationsXlsx',
    method: 'get',
    path: '/v1/announcements/{announcementId}/applications.xlsx',
    tags: ['Positions'],
    summary:
      'A recruitment notice: a row per position with its counts, and every application to any of them, as an ' +
      'Excel workbook (organisers)',
    security: bearer,
    request: {
      params: z.object({
        announcementId: announcementIdSchema.openapi({ param: { name: 'announcementId', in: 'path' } }),
      }),
    },
    responses: { 200: spreadsheetResponse('The notice’s positions and applicants (.xlsx)'), ...errors(404) },
  }),
  async (c) =>
    sendSpreadsheet(c, await RecruitmentExports.announcement(c.get('actor'), c.req.valid('param').announcementId)),
);
