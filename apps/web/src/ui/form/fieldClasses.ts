// The look of text inputs, selects and text areas: one definition so every form matches.
export const INPUT_CLASS =
  'min-h-11 w-full rounded-lg border border-line bg-surface-raised px-3 text-ink focus-visible:outline-2 focus-visible:outline-accent aria-invalid:border-danger';
