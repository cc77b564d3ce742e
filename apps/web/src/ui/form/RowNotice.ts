// A page-level message after a change to a row (role="status"), or an error that outlives the row.
export interface RowNotice {
  tone: 'info' | 'error';
  text: string;
}
