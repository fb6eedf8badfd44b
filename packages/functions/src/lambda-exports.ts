import { exportsClass } from './classes/exports.ts';
import { classHandler } from './lambda.ts';

/** The exports class's function: workbook downloads and imports, the only one with the spreadsheet library. */
export const handler = classHandler(exportsClass);
