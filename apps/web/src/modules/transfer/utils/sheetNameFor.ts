// A worksheet name Excel accepts: at most 31 characters, none of `* ? : \ / [ ]`, no apostrophe at
// either end, and not the reserved "History" (exceljs throws on the rest, Excel repairs the file).
const MAX_LENGTH = 31;

/** `Capaian OPD: Nov/2026` → `Capaian OPD Nov 2026`; a title left empty becomes `Data`. */
export function sheetNameFor(title: string): string {
  const name = title
    .replace(/[*?:/\\[\]\p{Cc}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_LENGTH)
    // A cut between the halves of a surrogate pair would leave half a character.
    .replace(/[\uD800-\uDBFF]$/, '')
    .replace(/^[\s']+|[\s']+$/g, '');
  return name && name.toLowerCase() !== 'history' ? name : 'Data';
}
