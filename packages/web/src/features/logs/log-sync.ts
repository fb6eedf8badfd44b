import { api, unwrap } from '../../api/client';
import { ApiError } from '../../api/errors';
import type { LogDraft } from './log-form';
import { isOffline } from '../../lib/connectivity';
import { enqueue, registerSender, type QueuedItem } from '../../lib/offline-queue';

export const LOG_KIND = 'activity-log';

interface QueuedLog {
  registrationId: string;
  draft: LogDraft;
}

const send = (registrationId: string, draft: LogDraft) =>
  unwrap(api.POST('/v1/interns/{registrationId}/activity-logs', { params: { path: { registrationId } }, body: draft }));

/**
 * Sends queued logs when the connection returns. A log the server already has for that day means an
 * earlier send got through and only its answer was lost, so the item counts as synced.
 */
export function registerLogSender(owner: string): () => void {
  return registerSender(LOG_KIND, owner, async (item: QueuedItem) => {
    const { registrationId, draft } = item.payload as QueuedLog;
    try {
      await send(registrationId, draft);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'already_exists') return;
      throw error;
    }
  });
}

/** Sends `owner`'s log now, or keeps it on the phone for them when there is no connection. */
export async function submitLog(owner: string, registrationId: string, draft: LogDraft): Promise<'sent' | 'queued'> {
  const queue = () => {
    enqueue<QueuedLog>(LOG_KIND, owner, { registrationId, draft });
    return 'queued' as const;
  };
  if (isOffline()) return queue();
  try {
    await send(registrationId, draft);
    return 'sent';
  } catch (error) {
    if (error instanceof ApiError && error.code === 'network_error') return queue();
    throw error;
  }
}
