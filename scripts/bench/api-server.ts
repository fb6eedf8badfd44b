/**
 * The API under load, in its own process so its peak RSS is its own and autocannon's load
 * generation does not share its event loop. Started by server-process.ts with TABLE_NAME,
 * DYNAMODB_ENDPOINT, JWT_SECRET and LOG_LEVEL=silent; talks to the parent over IPC.
 */
import { db } from '@aksu/core';
import { startLocalServer } from '@aksu/functions/local';

export type ServerMessage =
  | { type: 'ready'; url: string }
  | {
      type: 'usage';
      maxRssKB: number;
      rssBytes: number;
      heapUsedBytes: number;
      cpuUserMs: number;
      cpuSystemMs: number;
      /** DynamoDB calls the API made so far, by command: shows whether anything beyond the write runs per request. */
      dynamoCalls: Record<string, number>;
      /** HTTP requests received, including any a load run cut off before their response. */
      requests: number;
      /** DynamoDB calls sent and not yet answered: a request its client gave up on may still be committing. */
      pendingDynamoCalls: number;
      /** HTTP requests whose response has not finished or been closed. */
      openRequests: number;
    };

export type ParentMessage = { type: 'usage' } | { type: 'stop' };

// The parent may be gone already (Ctrl-C during start-up); then there is no one to tell.
const send = (message: ServerMessage) => process.connected && process.send?.(message);

const jwtSecret = process.env.JWT_SECRET;
if (!jwtSecret || !process.send) {
  console.error('api-server.ts is started by the benchmark with JWT_SECRET and an IPC channel');
  process.exit(2);
}

const dynamoCalls: Record<string, number> = {};
let pendingDynamoCalls = 0;
db().client.middlewareStack.add(
  (next, context) => async (args) => {
    const command = context.commandName ?? 'unknown';
    dynamoCalls[command] = (dynamoCalls[command] ?? 0) + 1;
    pendingDynamoCalls += 1;
    try {
      return await next(args);
    } finally {
      pendingDynamoCalls -= 1;
    }
  },
  { step: 'initialize', name: 'benchCallCounter' },
);

const server = await startLocalServer({ port: 0, hostname: '127.0.0.1', jwtSecret });
// The load generators keep connections alive between a client's requests. Node closes an idle one
// after 5 s, and a request sent on it as it closes dies with ECONNRESET: a failure of the harness,
// not of the API (API Gateway, in front of the functions, has no such race with its clients).
// Idle connections here outlive any run.
(server.server as import('node:http').Server).keepAliveTimeout = 15 * 60_000;
(server.server as import('node:http').Server).headersTimeout = 15 * 60_000 + 1_000;
let requests = 0;
let openRequests = 0;
server.server.on('request', (_request, response) => {
  requests += 1;
  openRequests += 1;
  response.once('close', () => (openRequests -= 1));
});

process.on('message', async (message: ParentMessage) => {
  if (message.type === 'usage') {
    const memory = process.memoryUsage();
    const cpu = process.cpuUsage();
    send({
      type: 'usage',
      maxRssKB: process.resourceUsage().maxRSS,
      rssBytes: memory.rss,
      heapUsedBytes: memory.heapUsed,
      cpuUserMs: cpu.user / 1000,
      cpuSystemMs: cpu.system / 1000,
      dynamoCalls: { ...dynamoCalls },
      requests,
      pendingDynamoCalls,
      openRequests,
    });
  } else if (message.type === 'stop') {
    await server.close();
    process.exit(0);
  }
});
// An orphan must not keep serving: the IPC channel closes when the parent dies.
process.on('disconnect', () => process.exit(0));

send({ type: 'ready', url: server.url });
