import { publicClass } from './classes/public.ts';
import { classHandler } from './lambda.ts';

/** The public class's function: the no-login event pages and registration. */
export const handler = classHandler(publicClass);
