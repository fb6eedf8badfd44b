import { phoneClass } from './classes/phone.ts';
import { classHandler } from './lambda.ts';

/** The phone class's function: interns' check-ins, activity logs and leave. */
export const handler = classHandler(phoneClass);
