// A column heading of the desk pages' tables: numbers align right; the last column has no gap
// after it.
import type { ReactNode } from 'react';

export function ColumnHeader({
  numeric = false,
  last = false,
  children,
}: {
  numeric?: boolean;
  last?: boolean;
  children: ReactNode;
}) {
  return (
    <th
      scope="col"
      className={`py-2 font-semibold ${last ? '' : 'pr-3'} ${numeric ? 'text-right' : ''}`.trim()}
    >
      {children}
    </th>
  );
}
