// The PDF builder and its font, fetched on the first "Unduh PDF" click only: jsPDF, autotable and
// the TrueType font land in their own chunk and asset, never in a page's first load.
import type { ReportPdfLayout } from '../types/ReportPdfLayout';

type BuildPdf = (layout: ReportPdfLayout) => Promise<Uint8Array>;

let loading: Promise<BuildPdf> | undefined;

export function loadReportPdf(): Promise<BuildPdf> {
  loading ??= Promise.all([
    import('./buildReportPdf'),
    import('dejavu-fonts-ttf/ttf/DejaVuSansCondensed.ttf?url'),
  ]).then(
    async ([{ buildReportPdf }, { default: fontUrl }]) => {
      const res = await fetch(fontUrl);
      if (!res.ok) throw new Error(`font ${res.status}`);
      const font = new Uint8Array(await res.arrayBuffer());
      return (layout: ReportPdfLayout) => Promise.resolve(buildReportPdf(layout, font));
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  // A failed font fetch (offline) is retried on the next click too.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
