// What a leader types into the directive form, and which field a message belongs to.
export interface DirectiveDraft {
  content: string;
  /** YYYY-MM-DD, or empty for no due date. */
  dueDate: string;
}

export type DirectiveField = 'content' | 'dueDate' | 'form';

/** A message of the form: a catalog key and its parameters, attached to a field. */
export interface DirectiveFieldError {
  field: DirectiveField;
  key: string;
  params?: Record<string, unknown>;
}
