import { z } from '@hono/zod-openapi';
import { hostUnitIdSchema } from '@aksu/core/fields';
import { HostUnits } from '@aksu/core/host-units/host-units';
import {
  CreateHostUnitInput,
  HostUnitView,
  ListHostUnitsQuery,
  UpdateHostUnitInput,
} from '@aksu/core/host-units/host-units.schema';
import { router } from '../env.ts';
import { bearerRoutes, errors, jsonBody, jsonResponse, pageOf, PageQuery, writeErrors } from '../http/schemas.ts';

const route = bearerRoutes('Host units');

const HostUnit = HostUnitView.openapi('HostUnit');
const Params = z.object({ hostUnitId: hostUnitIdSchema.openapi({ param: { name: 'hostUnitId', in: 'path' } }) });

/** Host units (实践单位): organisers only. */
export const hostUnitRoutes = router();

hostUnitRoutes.openapi(
  route({
    operationId: 'createHostUnit',
    method: 'post',
    path: '/v1/host-units',
    summary: 'Add a host unit (organisers)',
    request: { body: jsonBody(CreateHostUnitInput.openapi('CreateHostUnitInput')) },
    responses: { 201: jsonResponse(HostUnit, 'The host unit'), ...writeErrors() },
  }),
  async (c) => c.json(await HostUnits.create(c.get('actor'), c.req.valid('json')), 201),
);

hostUnitRoutes.openapi(
  route({
    operationId: 'listHostUnits',
    method: 'get',
    path: '/v1/host-units',
    summary: 'Host units, optionally of one kind and/or industrial cluster (organisers)',
    request: { query: PageQuery.extend(ListHostUnitsQuery.shape) },
    responses: { 200: jsonResponse(pageOf(HostUnit), 'A page of host units'), ...errors() },
  }),
  async (c) => {
    const { limit, cursor, ...filter } = c.req.valid('query');
    return c.json(await HostUnits.list(c.get('actor'), filter, { limit, cursor }), 200);
  },
);

hostUnitRoutes.openapi(
  route({
    operationId: 'getHostUnit',
    method: 'get',
    path: '/v1/host-units/{hostUnitId}',
    summary: 'One host unit (organisers)',
    request: { params: Params },
    responses: { 200: jsonResponse(HostUnit, 'The host unit'), ...errors(404) },
  }),
  async (c) => c.json(await HostUnits.get(c.get('actor'), c.req.valid('param').hostUnitId), 200),
);

hostUnitRoutes.openapi(
  route({
    operationId: 'updateHostUnit',
    method: 'patch',
    path: '/v1/host-units/{hostUnitId}',
    summary: 'Change a host unit (organisers)',
    description: 'Send the `version` you read; a stale one is 409.',
    request: { params: Params, body: jsonBody(UpdateHostUnitInput.openapi('UpdateHostUnitInput')) },
    responses: { 200: jsonResponse(HostUnit, 'The changed host unit'), ...writeErrors(404, 409) },
  }),
  async (c) =>
    c.json(await HostUnits.update(c.get('actor'), c.req.valid('param').hostUnitId, c.req.valid('json')), 200),
);
