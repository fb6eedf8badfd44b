import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * What a running `pnpm dev` tells other commands on this machine (`pnpm job`): where its database
 * and its mail catcher are. Written at start, removed at stop; a file left by a killed process is
 * recognised by its process id no longer running.
 */
export interface DevRuntime {
  pid: number;
  endpoint: string;
  tableName: string;
  smtpUrl: string;
  url: string;
}

export const runtimeFilePath = (dataDir: string) => join(dataDir, 'runtime.json');

export function writeRuntimeFile(dataDir: string, runtime: DevRuntime): void {
  const path = runtimeFilePath(dataDir);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(runtime, null, 2)}\n`);
}

export function removeRuntimeFile(dataDir: string): void {
  rmSync(runtimeFilePath(dataDir), { force: true });
}

/** The running `pnpm dev` of this data directory, or undefined when none is running. */
export function readRuntimeFile(dataDir: string): DevRuntime | undefined {
  const path = runtimeFilePath(dataDir);
  if (!existsSync(path)) return undefined;
  try {
    const runtime = JSON.parse(readFileSync(path, 'utf8')) as DevRuntime;
    process.kill(runtime.pid, 0);
    return runtime;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else, so it is running.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
      ? (JSON.parse(readFileSync(path, 'utf8')) as DevRuntime)
      : undefined;
  }
}
