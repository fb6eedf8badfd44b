import { z } from '@hono/zod-openapi';
import { RecruitmentNumbers } from '@aksu/core/applications/tallies-read';
import { RecruitmentView } from '@aksu/core/applications/tallies.schema';
import { Conversion } from '@aksu/core/conversion/conversion';
import {
  AttributionQuery,
  AttributionView,
  ForecastView,
  FunnelQuery,
  FunnelView,
  RetentionCurvesView,
} from '@aksu/core/conversion/dashboard.schema';
import { SubsidyPolicies } from '@aksu/core/subsidy-policies/subsidy-policies';
import { CreateSubsidyPolicyInput, SubsidyPolicyView } from '@aksu/core/subsidy-policies/subsidy-policies.schema';
import { router } from '../env.ts';
import { bearerRoutes, errors, jsonBody, jsonResponse, writeErrors } from '../http/schemas.ts';

const route = bearerRoutes('Dashboard');

/** The organisers' conversion dashboard (留阿成效) and the housing subsidy policy versions. */
export const dashboardRoutes = router();

dashboardRoutes.openapi(
  route({
    operationId: 'getFunnel',
    method: 'get',
    path: '/v1/dashboard/funnel',
    summary: 'The conversion funnel of a cohort or all cohorts, optionally broken down (organisers)',
    description:
      'Read from counters kept exact by the transactions that change the stages: the cost does not grow with the ' +
      'number of people.',
    request: { query: FunnelQuery },
    responses: { 200: jsonResponse(FunnelView.openapi('Funnel'), 'The funnel'), ...errors(404) },
  }),
  async (c) => c.json(await Conversion.funnel(c.get('actor'), c.req.valid('query')), 200),
);

dashboardRoutes.openapi(
  route({
    operationId: 'getRetentionCurves',
    method: 'get',
    path: '/v1/dashboard/retention',
    summary: 'Retention curves by cohort: for each of years 1–5, confirmed, left and not yet confirmed (organisers)',
    description:
      'For each year a cohort has reached, everyone onboarded counts once: confirmed still employed, left before ' +
      'that year was confirmed, or not yet confirmed (still in service, no confirmation recorded). Years not reached ' +
      'are null.',
    responses: { 200: jsonResponse(RetentionCurvesView.openapi('RetentionCurves'), 'The curves'), ...errors() },
  }),
  async (c) => c.json(await Conversion.retentionCurves(c.get('actor')), 200),
);

dashboardRoutes.openapi(
  route({
    operationId: 'getSubsidyForecast',
    method: 'get',
    path: '/v1/dashboard/subsidy-forecast',
    summary:
      'Housing subsidy owed in each of the next five years, if retention holds and at the observed rate (organisers)',
    responses: { 200: jsonResponse(ForecastView.openapi('SubsidyForecast'), 'The forecast'), ...errors() },
  }),
  async (c) => c.json(await Conversion.subsidyForecast(c.get('actor')), 200),
);

dashboardRoutes.openapi(
  route({
    operationId: 'getAttribution',
    method: 'get',
    path: '/v1/dashboard/attribution',
    summary: 'Per trip or partnership: leads, interns, hires and cost per hire; per event of one trip (organisers)',
    request: { query: AttributionQuery },
    responses: { 200: jsonResponse(AttributionView.openapi('Attribution'), 'The attribution'), ...errors() },
  }),
  async (c) => c.json(await Conversion.attribution(c.get('actor'), c.req.valid('query')), 200),
);

dashboardRoutes.openapi(
  route({
    operationId: 'getRecruitment',
    method: 'get',
    path: '/v1/dashboard/recruitment',
    summary:
      'Recruitment numbers in total, per cluster, county and kind of post, and per position published (organisers)',
    description:
      'Positions and headcount, applications and shortlisted, offers and acceptances, the mean time from publication ' +
      'to offer and the share of headcount filled, read from counters kept exact by the transactions they count: ' +
      'the cost grows with the positions, never with the applications.',
    responses: { 200: jsonResponse(RecruitmentView.openapi('Recruitment'), 'The numbers'), ...errors() },
  }),
  async (c) => c.json(await RecruitmentNumbers.read(c.get('actor')), 200),
);

dashboardRoutes.openapi(
  route({
    operationId: 'listSubsidyPolicies',
    method: 'get',
    path: '/v1/subsidy-policies',
    summary: 'Housing subsidy policy versions, oldest first (organisers)',
    responses: {
      200: jsonResponse(z.object({ items: z.array(SubsidyPolicyView.openapi('SubsidyPolicy')) }), 'The versions'),
      ...errors(),
    },
  }),
  async (c) => c.json(await SubsidyPolicies.list(c.get('actor')), 200),
);

dashboardRoutes.openapi(
  route({
    operationId: 'createSubsidyPolicy',
    method: 'post',
    path: '/v1/subsidy-policies',
    summary: 'A new housing subsidy policy version effective from a date (organisers)',
    description:
      'Versions are never edited; the one in force on a person’s fifth anniversary applies. One version per ' +
      'effective date (409).',
    request: { body: jsonBody(CreateSubsidyPolicyInput.openapi('CreateSubsidyPolicyInput')) },
    responses: { 201: jsonResponse(SubsidyPolicyView.openapi('SubsidyPolicy'), 'The version'), ...writeErrors(409) },
  }),
  async (c) => c.json(await SubsidyPolicies.create(c.get('actor'), c.req.valid('json')), 201),
);
