import { extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';

/**
 * zod with `.openapi()` metadata. Zod 4 copies methods onto each schema when it is built, so the
 * extension must run before any domain schema exists; every schema in core imports `z` from here.
 * (It is the same library and instance the HTTP layer's OpenAPI generator uses.)
 */
extendZodWithOpenApi(z);

export { z };
