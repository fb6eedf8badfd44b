import { DailyCheckInWrites } from './check-in.ts';
import { DailyCheckInReads } from './list.ts';

export const DailyCheckIns = { ...DailyCheckInWrites, ...DailyCheckInReads };
