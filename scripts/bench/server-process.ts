import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ParentMessage, ServerMessage } from './api-server.ts';

export interface ServerProcess {
  url: string;
  usage(): Promise<Extract<ServerMessage, { type: 'usage' }>>;
  stop(): Promise<void>;
}

const ENTRY = fileURLToPath(new URL('./api-server.ts', import.meta.url));

function nextMessage<T extends ServerMessage['type']>(child: ChildProcess, type: T, timeoutMs: number) {
  return new Promise<Extract<ServerMessage, { type: T }>>((resolve, reject) => {
    const timer = setTimeout(() => finish(new Error(`API server sent no "${type}" within ${timeoutMs} ms`)), timeoutMs);
    const onMessage = (message: ServerMessage) => {
      if (message.type === type) finish(undefined, message as Extract<ServerMessage, { type: T }>);
    };
    const onExit = (code: number | null) => finish(new Error(`API server exited (code ${code}) before "${type}"`));
    function finish(error?: Error, message?: Extract<ServerMessage, { type: T }>) {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      if (error) reject(error);
      else resolve(message!);
    }
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

/** Starts the API in a child Node process (TypeScript through tsx, as `pnpm dev` runs it). */
export async function startServerProcess(env: Record<string, string>, nodeArgs: string[] = []): Promise<ServerProcess> {
  const child = fork(ENTRY, [], {
    execArgv: ['--import', 'tsx', ...nodeArgs],
    env: { ...process.env, ...env, LOG_LEVEL: 'silent', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const alive = () => child.exitCode === null && child.signalCode === null;
  const stop = async () => {
    if (!alive()) return;
    child.send({ type: 'stop' } satisfies ParentMessage);
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  };
  try {
    const { url } = await nextMessage(child, 'ready', 30_000);
    return {
      url,
      usage: async () => {
        const reply = nextMessage(child, 'usage', 5_000);
        child.send({ type: 'usage' } satisfies ParentMessage);
        return reply;
      },
      stop,
    };
  } catch (error) {
    child.kill('SIGKILL');
    await exited;
    throw error;
  }
}

/**
 * Waits until the server is idle: no DynamoDB call unanswered, no response open, and no new call
 * since the last look (a request between two of its calls has none pending). Requests a load run
 * abandoned at the client may still be committing, and a read-back must come after them. Polls the
 * server itself; `boundMs` only guards against a hang, and running into it is reported.
 */
export async function settled(server: ServerProcess, pollMs = 500, boundMs = 120_000): Promise<void> {
  const calls = (u: Awaited<ReturnType<ServerProcess['usage']>>) =>
    Object.values(u.dynamoCalls).reduce((a, b) => a + b, 0);
  const deadline = Date.now() + boundMs;
  let last = calls(await server.usage());
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, pollMs));
    const now = await server.usage();
    if (calls(now) === last && now.pendingDynamoCalls === 0 && now.openRequests === 0) return;
    last = calls(now);
  }
  console.warn(`  the API server was still busy ${boundMs / 1000} s after the load stopped; reading back anyway`);
}
