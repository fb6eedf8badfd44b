import { LOADED_CLASSES } from './classes/index.ts';
import { composeApp } from './compose.ts';
import type { AppConfig } from './env.ts';

export type { AppConfig } from './env.ts';

/**
 * The whole HTTP API: every traffic class in one app, with its OpenAPI document. The local server
 * and the tests serve exactly this app; in AWS each class runs as its own Lambda (lambda-<class>.ts)
 * and API Gateway sends each route to its class.
 */
export function createApp(config: AppConfig) {
  const app = composeApp(
    config,
    LOADED_CLASSES.flatMap((routes) => Object.values(routes.routers)),
  );

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
      {
        name: 'Cohorts',
        description: 'Cohorts (社会实践批次) of the summer practice programme, their universities and quotas',
      },
      {
        name: 'Cohort registrations',
        description: 'Students registered by their universities (报名 / 推荐), decisions and confirmations',
      },
      {
        name: 'Imports',
        description: 'Bulk registration from a spreadsheet: template, upload, progress, per-row results',
      },
      { name: 'Host units', description: 'Host units (实践单位) of the summer practice programme' },
      { name: 'Projects', description: 'Projects (实践岗位) host units post for a cohort, with seats' },
      { name: 'Mentors', description: 'Mentors (导师), their invitations and mentees' },
      {
        name: 'Placements',
        description: 'Placing interns into projects, matching suggestions, mentor assignment and acceptance letters',
      },
      {
        name: 'Activity logs',
        description: 'Interns’ daily activity logs (实践日志) and their mentors’ weekly review',
      },
      { name: 'Evaluations', description: 'Final evaluations (结业评价) of interns by their mentors' },
      {
        name: 'Stipends',
        description: 'Stipend statements (生活补贴), mentor allowances, travel claims and payout batches',
      },
      {
        name: 'Outcomes',
        description: 'Who stays (留阿): offers, tripartite agreements, onboarding, the retention ledger',
      },
      {
        name: 'Dashboard',
        description: 'Conversion funnel, retention curves, attribution, housing subsidy forecast and policy versions',
      },
      {
        name: 'Home',
        description: 'What each desk role sees first: the organiser’s overview, a coordinator’s to-do list',
      },
      { name: 'Check-ins', description: "Interns' daily check-in (签到), offline uploads and the days mentors see" },
      { name: 'Leave', description: 'Leave requests (请假) and their approval' },
      { name: 'Attendance', description: 'The daily attendance board, the absentee list and one intern’s days' },
      {
        name: 'Notifications',
        description: 'The in-app notification centre, message preferences and failed mail deliveries',
      },
      {
        name: 'Positions',
        description: 'Employing units, positions (引才岗位) and recruitment notices (引才公告), their lifecycles',
      },
      { name: 'Public recruitment', description: 'The no-login pages of published positions and notices' },
      {
        name: 'Talent service',
        description:
          'Keeping people once they come (以服务留人才): tiers, commissioners and contacts, contact logs, the talent ' +
          'service card and requests (诉求) with deadlines',
      },
      { name: 'Public talent service', description: 'The no-login check behind a talent service card’s QR code' },
    ],
  });

  return app;
}

export type App = ReturnType<typeof createApp>;
