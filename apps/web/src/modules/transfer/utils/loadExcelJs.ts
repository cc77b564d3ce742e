// exceljs (~250 kB gzipped) is loaded only when a workbook is built, never with a page. In the
// browser the package's `browser` field resolves it to its self-contained build (Node's `stream` and
// `buffer` bundled in), so Vite needs no polyfills; in Node (tests) it is the CommonJS build.

// A type-only import: erased from the build, so it adds nothing to the page's chunk.
import type * as ExcelJsModule from 'exceljs';

type ExcelJs = typeof ExcelJsModule;

let loading: Promise<ExcelJs> | undefined;

/** The exceljs module, fetched once; a failed fetch (offline) is retried on the next call. */
export function loadExcelJs(): Promise<ExcelJs> {
  loading ??= import('exceljs').then(
    // A CommonJS module arrives as `default` from a bundler's interop, as named exports from Node's.
    (module) => (module as { default?: ExcelJs }).default ?? module,
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
