import { DailyCheckInWrites } from './check-in.ts';
import { DailyCheckInReads } from './check-in-list.ts';

export const DailyCheckIns = { ...DailyCheckInWrites, ...DailyCheckInReads };
