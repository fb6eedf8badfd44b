import { importRoutes } from '../routes/imports.ts';
import { workbookRoutes } from '../routes/workbooks.ts';
import type { ClassRoutes } from './traffic-class.ts';

/** Everything that loads the spreadsheet library: workbook downloads and imports (template, upload, results). */
export const exportsClass: ClassRoutes = { trafficClass: 'exports', routers: [importRoutes, workbookRoutes] };
