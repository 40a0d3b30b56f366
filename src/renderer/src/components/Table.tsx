import type { ReactNode } from 'react';

/** A column heading; `{ hidden }` is read by screen readers only (an actions column). */
export type ColumnHeading = string | { hidden: string };

/** A data table with one row of column headings (scope=col); the body rows are the children. */
export function Table({
  headings,
  className,
  footer,
  children,
}: {
  headings: readonly ColumnHeading[];
  className?: string;
  /** Rows of a <tfoot> (totals). */
  footer?: ReactNode;
  children: ReactNode;
}) {
  return (
    <table className={className ? `table ${className}` : 'table'}>
      <thead>
        <tr>
          {headings.map((h) =>
            typeof h === 'string' ? (
              <th key={h} scope="col">
                {h}
              </th>
            ) : (
              <th key={h.hidden} scope="col">
                <span className="visually-hidden">{h.hidden}</span>
              </th>
            ),
          )}
        </tr>
      </thead>
      <tbody>{children}</tbody>
      {footer && <tfoot>{footer}</tfoot>}
    </table>
  );
}
