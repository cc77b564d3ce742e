// The look of text inputs, selects and text areas: one definition so every form matches.
export const INPUT_CLASS =
  'min-h-11 w-full rounded-lg border border-line bg-surface-raised px-3 text-ink focus-visible:outline-2 focus-visible:outline-accent aria-invalid:border-danger';

/** A select in a toolbar (the period picker): as wide as its words. */
export const COMPACT_SELECT_CLASS = 'min-h-11 rounded-lg border border-line bg-surface-raised px-2 text-ink';
