import DynamicTable from '@atlaskit/dynamic-table';
import { token } from '@atlaskit/tokens';
import type { ReactNode } from 'react';

/** A read-only table of one section; `empty` says what is missing instead of an empty grid. */
export function ReviewTable({ columns, rows, empty, testId }: { columns: string[]; rows: { key: string; cells: ReactNode[] }[]; empty: string; testId: string }) {
  if (rows.length === 0) return <p data-testid={`${testId}-empty`} style={{ color: token('color.text.subtle'), margin: 0 }}>{empty}</p>;
  return (
    <div data-testid={testId}>
      <DynamicTable
        head={{ cells: columns.map((column) => ({ key: column, content: column })) }}
        rows={rows.map((row) => ({ key: row.key, cells: row.cells.map((content, index) => ({ key: `${row.key}-${index}`, content })) }))}
      />
    </div>
  );
}
