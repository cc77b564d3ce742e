// The app's button: primary (filled) or quiet (outlined).
import type { ButtonHTMLAttributes } from 'react';

export function Button({
  tone = 'primary',
  className = '',
  type = 'button',
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { tone?: 'primary' | 'quiet' }) {
  const look =
    tone === 'primary'
      ? 'bg-accent text-accent-ink hover:brightness-90'
      : 'border border-line text-ink hover:bg-surface';
  return (
    <button
      type={type}
      className={`inline-flex min-h-11 items-center justify-center rounded-lg px-4 font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent disabled:opacity-50 ${look} ${className}`}
      {...props}
    />
  );
}
