// The PK's PDF builder and its font, fetched on the first "Unduh PDF" click only.
import type { AgreementPdfLayout } from '../types/AgreementPdfLayout';

type BuildPdf = (layout: AgreementPdfLayout) => Uint8Array;

let loading: Promise<BuildPdf> | undefined;

export function loadAgreementPdf(): Promise<BuildPdf> {
  loading ??= Promise.all([
    import('./buildAgreementPdf'),
    import('dejavu-fonts-ttf/ttf/DejaVuSansCondensed.ttf?url'),
  ]).then(async ([{ buildAgreementPdf }, { default: fontUrl }]) => {
    const res = await fetch(fontUrl);
    if (!res.ok) throw new Error(`font ${res.status}`);
    const font = new Uint8Array(await res.arrayBuffer());
    return (layout: AgreementPdfLayout) => buildAgreementPdf(layout, font);
  });
  // A failed load (offline) is tried again on the next click.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
