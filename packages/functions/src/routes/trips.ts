import { z } from '@hono/zod-openapi';
import { Trips } from '@aksu/core/trips/trips';
import {
  CreateTripInput,
  TripReportView,
  tripIdSchema,
  TripView,
  UpdateTripInput,
} from '@aksu/core/trips/trips.schema';
import { router } from '../env.ts';
import { bearerRoutes, errors, jsonBody, jsonResponse, pageOf, PageQuery, writeErrors } from '../http/schemas.ts';

const route = bearerRoutes('Trips');

const Trip = TripView.openapi('Trip');
const Params = z.object({ tripId: tripIdSchema.openapi({ param: { name: 'tripId', in: 'path' } }) });

/** Recruiting trips (招才引智行程): organisers only. */
export const tripRoutes = router();

tripRoutes.openapi(
  route({
    operationId: 'createTrip',
    method: 'post',
    path: '/v1/trips',
    summary: 'Plan a recruiting trip (organisers)',
    request: { body: jsonBody(CreateTripInput.openapi('CreateTripInput')) },
    responses: { 201: jsonResponse(Trip, 'The trip'), ...writeErrors() },
  }),
  async (c) => c.json(await Trips.create(c.get('actor'), c.req.valid('json')), 201),
);

tripRoutes.openapi(
  route({
    operationId: 'listTrips',
    method: 'get',
    path: '/v1/trips',
    summary: 'Trips, latest start first (organisers)',
    request: { query: PageQuery },
    responses: { 200: jsonResponse(pageOf(Trip), 'A page of trips'), ...errors() },
  }),
  async (c) => c.json(await Trips.list(c.get('actor'), c.req.valid('query')), 200),
);

tripRoutes.openapi(
  route({
    operationId: 'getTrip',
    method: 'get',
    path: '/v1/trips/{tripId}',
    summary: 'One trip (organisers)',
    request: { params: Params },
    responses: { 200: jsonResponse(Trip, 'The trip'), ...errors(404) },
  }),
  async (c) => c.json(await Trips.get(c.get('actor'), c.req.valid('param').tripId), 200),
);

tripRoutes.openapi(
  route({
    operationId: 'updateTrip',
    method: 'patch',
    path: '/v1/trips/{tripId}',
    summary: 'Change a trip (organisers)',
    description: 'Send the `version` you read; a stale one is 409. Existing stops keep their `stopId`.',
    request: { params: Params, body: jsonBody(UpdateTripInput.openapi('UpdateTripInput')) },
    responses: { 200: jsonResponse(Trip, 'The changed trip'), ...writeErrors(404, 409) },
  }),
  async (c) => c.json(await Trips.update(c.get('actor'), c.req.valid('param').tripId, c.req.valid('json')), 200),
);

tripRoutes.openapi(
  route({
    operationId: 'getTripReport',
    method: 'get',
    path: '/v1/trips/{tripId}/report',
    summary: 'Per stop and total: events, registrations, attendance, leads, partnerships signed, cost per lead',
    request: { params: Params },
    responses: { 200: jsonResponse(TripReportView.openapi('TripReport'), 'The report'), ...errors(404) },
  }),
  async (c) => c.json(await Trips.report(c.get('actor'), c.req.valid('param').tripId), 200),
);
