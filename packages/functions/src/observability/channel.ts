import { DeliveryError, type EmailChannel } from '@aksu/core/notifications/channels';
import { countMetric, METRIC } from './metrics.ts';

/**
 * The email channel as the deployed worker and jobs use it: the same channel, with every delivery
 * counted as sent, failed (to be tried again) or parked (refused for good: `DeliveryError` with
 * `permanent`). Core decides what happens to the delivery; this only counts the outcome.
 */
export function measuredChannel<C extends EmailChannel>(channel: C): C {
  return {
    ...channel,
    async send(message) {
      try {
        await channel.send(message);
        countMetric(METRIC.deliveriesSent);
      } catch (error) {
        countMetric(
          error instanceof DeliveryError && error.permanent ? METRIC.deliveriesParked : METRIC.deliveriesFailed,
        );
        throw error;
      }
    },
  };
}
