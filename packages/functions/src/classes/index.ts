import { apiClass } from './api.ts';
import { exportsClass } from './exports.ts';
import { phoneClass } from './phone.ts';
import { publicClass } from './public.ts';
import { type ClassRoutes, type LoadedClass, loadClass } from './traffic-class.ts';

export { TRAFFIC_CLASSES, type ClassRoutes, type LoadedClass, type TrafficClass } from './traffic-class.ts';

/** Every class, for the whole app. A Lambda entry imports only its own class file, never this one. */
export const ALL_CLASSES: readonly ClassRoutes[] = [apiClass, publicClass, exportsClass, phoneClass];

/** Every class with all its route modules loaded: the whole app mounts them all, in this order. */
export const LOADED_CLASSES: readonly LoadedClass[] = await Promise.all(ALL_CLASSES.map(loadClass));
