import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { DomainError } from '@aksu/core';
import type { AppConfig, AppEnv } from './env.ts';
import { API_CONTENT_SECURITY_POLICY } from './http/content-security.ts';
import { problem, type ProblemCode } from './http/problem.ts';
import { validationHook } from './http/validation.ts';
import { requireAuth } from './middleware/auth.ts';
import { requestLog } from './middleware/request-log.ts';
import { auditRoutes } from './routes/audit.ts';
import { cohortRegistrationRoutes } from './routes/cohort-registrations.ts';
import { cohortRoutes } from './routes/cohorts.ts';
import { eventRoutes } from './routes/events.ts';
import { IMPORT_UPLOAD_PATH, importRoutes } from './routes/imports.ts';
import { leadRoutes } from './routes/leads.ts';
import { partnershipRoutes } from './routes/partnerships.ts';
import { publicEventRoutes } from './routes/public-events.ts';
import { tripRoutes } from './routes/trips.ts';
import { authRoutes } from './routes/auth.ts';
import { systemRoutes } from './routes/system.ts';
import { universityRoutes } from './routes/universities.ts';
import { userRoutes } from './routes/users.ts';
import { hostUnitRoutes } from './routes/host-units.ts';
import { mentorRoutes } from './routes/mentors.ts';
import { placementRoutes } from './routes/placements.ts';
import { dashboardRoutes } from './routes/dashboard.ts';
import { outcomeRoutes } from './routes/outcomes.ts';
import { projectRoutes } from './routes/projects.ts';
import { activityLogRoutes } from './routes/activity-logs.ts';
import { evaluationRoutes } from './routes/evaluations.ts';
import { stipendRoutes } from './routes/stipends.ts';
import { attendanceRoutes } from './routes/attendance.ts';
import { checkInRoutes } from './routes/check-ins.ts';
import { leaveRoutes } from './routes/leave.ts';
import { notificationRoutes } from './routes/notifications.ts';

export type { AppConfig } from './env.ts';

/** Routes anyone may call; everything else under /v1 needs a bearer token. */
const PUBLIC_PATHS: readonly RegExp[] = [/^\/v1\/auth\/(login|activate|reset)$/, /^\/v1\/public\/events\/[^/]+(\/registrations|\/recovery|\/recovery\/verify|\/my|\/my\/cancel)?$/];
const isPublic = (path: string) => PUBLIC_PATHS.some((pattern) => pattern.test(path));

const HTTP_CODES: Record<number, ProblemCode> = {
  400: 'malformed_json',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'route_not_found',
  405: 'method_not_allowed',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
};

/**
 * The whole HTTP API. Lambda and the local server both serve exactly this app; only the config
 * (where the JWT secret comes from) differs.
 */
export function createApp(config: AppConfig) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.use('*', requestId());
  app.use('*', async (c, next) => {
    c.set('config', config);
    await next();
  });
  app.use('*', requestLog);
  app.use('*', secureHeaders({ crossOriginResourcePolicy: false }));
  app.use('*', async (c, next) => {
    await next();
    // Pages that run code (the docs, the web app) set their own policy; anything else runs nothing.
    if (!c.res.headers.has('content-security-policy')) c.res.headers.set('content-security-policy', API_CONTENT_SECURITY_POLICY);
    // API answers carry personal data (a full national ID, phones, attendance): never kept by a
    // browser or a shared cache. Only a public page's answer may say otherwise for itself.
    if (c.req.path.startsWith('/v1/') && !(isPublic(c.req.path) && c.res.headers.has('cache-control'))) c.res.headers.set('cache-control', 'no-store');
  });
  const jsonLimit = bodyLimit({
    maxSize: config.bodyLimitBytes ?? 64 * 1024,
    onError: (c) => problem(c, 'payload_too_large', 'The request body is larger than allowed'),
  });
  // The import upload carries a file and sets its own, larger limit.
  app.use('/v1/*', (c, next) => (c.req.method === 'POST' && IMPORT_UPLOAD_PATH.test(c.req.path) ? next() : jsonLimit(c, next)));
  app.use('/v1/*', (c, next) => (isPublic(c.req.path) ? next() : requireAuth(c, next)));

  // Mounted one by one: a chained .route() builds one type of every route and outgrows the checker.
  app.route('/', systemRoutes);
  app.route('/', authRoutes);
  app.route('/', userRoutes);
  app.route('/', universityRoutes);
  app.route('/', partnershipRoutes);
  app.route('/', tripRoutes);
  app.route('/', eventRoutes);
  app.route('/', publicEventRoutes);
  app.route('/', leadRoutes);
  app.route('/', importRoutes);
  app.route('/', auditRoutes);
  app.route('/', cohortRoutes);
  app.route('/', cohortRegistrationRoutes);
  app.route('/', hostUnitRoutes);
  app.route('/', projectRoutes);
  app.route('/', mentorRoutes);
  app.route('/', placementRoutes);
  app.route('/', activityLogRoutes);
  app.route('/', evaluationRoutes);
  app.route('/', stipendRoutes);
  app.route('/', outcomeRoutes);
  app.route('/', dashboardRoutes);
  app.route('/', checkInRoutes);
  app.route('/', leaveRoutes);
  app.route('/', notificationRoutes);
  app.route('/', attendanceRoutes);

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
  });
  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: '才聚阿克苏 Talent Platform API',
      version: '1.0.0',
      description:
        'University partnerships, recruiting trips, the summer practice programme and retention. ' +
        'Errors are application/problem+json with a stable `code`.',
      contact: { name: 'Aksu Prefecture Talent Service Centre' },
    },
    servers: [{ url: '/', description: 'This deployment' }],
    tags: [
      { name: 'System', description: 'Health and documentation' },
      { name: 'Auth', description: 'Sign-in and account activation' },
      { name: 'Users', description: 'Accounts (admin organisers)' },
      { name: 'Universities', description: 'Partner universities and their coordinators' },
      { name: 'Partnerships', description: 'Cooperation agreements, their lifecycle and the relationship timeline' },
      { name: 'Trips', description: 'Recruiting trips (招才引智行程), their stops and reports' },
      { name: 'Events', description: 'Campus events, check-in and attendance' },
      { name: 'Public registration', description: 'The no-login event registration page' },
      { name: 'Leads', description: 'People met at events (意向人才) and invitations sent to them' },
      { name: 'Audit', description: 'Change history' },
      { name: 'Cohorts', description: 'Cohorts (社会实践批次) of the summer practice programme, their universities and quotas' },
      { name: 'Cohort registrations', description: 'Students registered by their universities (报名 / 推荐), decisions and confirmations' },
      { name: 'Imports', description: 'Bulk registration from a spreadsheet: template, upload, progress, per-row results' },
      { name: 'Host units', description: 'Host units (实践单位) of the summer practice programme' },
      { name: 'Projects', description: 'Projects (实践岗位) host units post for a cohort, with seats' },
      { name: 'Mentors', description: 'Mentors (导师), their invitations and mentees' },
      { name: 'Placements', description: 'Placing interns into projects, matching suggestions, mentor assignment and acceptance letters' },
      { name: 'Activity logs', description: 'Interns’ daily activity logs (实践日志) and their mentors’ weekly review' },
      { name: 'Evaluations', description: 'Final evaluations (结业评价) of interns by their mentors' },
      { name: 'Stipends', description: 'Stipend statements (生活补贴), mentor allowances, travel claims and payout batches' },
      { name: 'Outcomes', description: 'Who stays (留阿): offers, tripartite agreements, onboarding, the retention ledger' },
      { name: 'Dashboard', description: 'Conversion funnel, retention curves, attribution, housing subsidy forecast and policy versions' },
      { name: 'Check-ins', description: "Interns' daily check-in (签到), offline uploads and the days mentors see" },
      { name: 'Leave', description: 'Leave requests (请假) and their approval' },
      { name: 'Attendance', description: 'The daily attendance board, the absentee list and one intern’s days' },
      { name: 'Notifications', description: 'The in-app notification centre, message preferences and failed mail deliveries' },
    ],
  });

  app.notFound((c) => problem(c, 'route_not_found', `No endpoint ${c.req.method} ${c.req.path}`));

  app.onError((error, c) => {
    if (error instanceof DomainError) {
      const response = problem(c, error.code, error.message, error.extra);
      const retry = error.extra.retryAfterSeconds;
      if (typeof retry === 'number') response.headers.set('retry-after', String(retry));
      return response;
    }
    if (error instanceof HTTPException && error.status < 500) {
      const code = HTTP_CODES[error.status] ?? 'validation_failed';
      return problem(c, code, error.message || 'The request could not be processed');
    }
    console.error(
      JSON.stringify({ level: 'error', msg: 'unhandled', requestId: c.get('requestId'), error: error.name, message: error.message, stack: error.stack }),
    );
    return problem(c, 'internal_error', `Unexpected error; quote request id ${c.get('requestId')} when reporting it`);
  });

  return app;
}

export type App = ReturnType<typeof createApp>;
