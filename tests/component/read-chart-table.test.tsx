import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { readChartTable } from '../../src/components/exports/read-chart-table';

function tableOf(body: React.ReactNode): HTMLTableElement {
  const { container } = render(
    <table>
      <thead>
        <tr>
          <th>Fecha</th>
          <th>Reunión</th>
          <th>Personas</th>
        </tr>
      </thead>
      <tbody>{body}</tbody>
    </table>,
  );
  const table = container.querySelector('table');
  if (table === null) throw new Error('no table');
  return table;
}

describe('readChartTable', () => {
  it('reads a column of <time> cells as ISO dates and marks it, numbers as numbers, text as shown', () => {
    const table = tableOf(
      <>
        <tr>
          <th scope="row">
            <time dateTime="2013-05-02">2 de mayo de 2013</time>
          </th>
          <td>Anuncio</td>
          <td>2</td>
        </tr>
        <tr>
          <th scope="row">
            <time dateTime="2014-04">abril de 2014</time>
          </th>
          <td>
            Revisión <button type="button">Filtrar</button>
          </td>
          <td>12</td>
        </tr>
      </>,
    );
    expect(readChartTable(table)).toEqual({
      columns: [
        { key: 'Fecha', header: 'Fecha', isoDates: true },
        { key: 'Reunión', header: 'Reunión' },
        { key: 'Personas', header: 'Personas' },
      ],
      rows: [
        { Fecha: '2013-05-02', Reunión: 'Anuncio', Personas: 2 },
        { Fecha: '2014-04', Reunión: 'Revisión', Personas: 12 },
      ],
    });
  });

  it('keeps a column as text when one of its cells is not only a date', () => {
    const table = tableOf(
      <>
        <tr>
          <th scope="row">
            <time dateTime="2013-05-02">2 de mayo de 2013</time>
          </th>
          <td>Anuncio</td>
          <td>2</td>
        </tr>
        <tr>
          <th scope="row">sin fecha</th>
          <td>Revisión</td>
          <td>1</td>
        </tr>
      </>,
    );
    const { columns, rows } = readChartTable(table);
    expect(columns[0]).toEqual({ key: 'Fecha', header: 'Fecha' });
    expect(rows.map((row) => row.Fecha)).toEqual(['2 de mayo de 2013', 'sin fecha']);
  });
});
