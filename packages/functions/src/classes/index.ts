import { apiClass } from './api.ts';
import { exportsClass } from './exports.ts';
import { phoneClass } from './phone.ts';
import { publicClass } from './public.ts';
import type { ClassRoutes } from './traffic-class.ts';

export { TRAFFIC_CLASSES, type ClassRoutes, type TrafficClass } from './traffic-class.ts';

/** Every class, for the whole app. A Lambda entry imports only its own class file, never this one. */
export const ALL_CLASSES: readonly ClassRoutes[] = [apiClass, publicClass, exportsClass, phoneClass];
