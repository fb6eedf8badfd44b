/**
 * Not a handler: the libraries the stack fixes for every class function (zod for the schemas,
 * ElectroDB for the table, Hono with its OpenAPI layer for the routes), bundled alone the way a
 * class is. Its size is the floor under any class bundle on this stack, printed beside the
 * classes' own sizes. Never deployed. Plain JavaScript: the libraries belong to the workspace
 * packages, not the root, so only the bundler (given their folders) resolves them, not the typecheck.
 */
export { z } from 'zod';
export { Entity, Service } from 'electrodb';
export { OpenAPIHono, createRoute } from '@hono/zod-openapi';
export { handle } from 'hono/aws-lambda';
