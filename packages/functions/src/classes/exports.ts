import { exportsRouteGroups } from './route-groups.ts';
import type { ClassRoutes } from './traffic-class.ts';

/** Everything that loads the spreadsheet library: workbook downloads and imports (template, upload, results). */
export const exportsClass: ClassRoutes = {
  trafficClass: 'exports',
  routeKeys: exportsRouteGroups,
  groups: {
    imports: () => import('../routes/imports.ts').then((m) => m.importRoutes),
    workbooks: () => import('../routes/workbooks.ts').then((m) => m.workbookRoutes),
  },
};
