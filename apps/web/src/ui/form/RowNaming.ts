// How an editable list names what it shows, for the catalog and the tests: the catalog section
// (`admin`, `scorecards`) and the thing (`indicator`, `objective`). The list's words are under
// `<section>.<thing>s`, its form's under `<section>.<thing>`, the refusal of a thing deleted
// meanwhile is `<section>.errors.<thing>Gone`, and the test ids start with the thing.
export interface RowNaming {
  section: string;
  thing: string;
}
