import { describe, expect, it } from 'vitest';
import { renderConsoleTable, renderMarkdownTable } from '../../scripts/bench/lib/render-table';

const table = {
  headers: ['route', 'JS gz'],
  rows: [
    ['/', '119.7'],
    ['/initiatives', '7.3'],
  ],
};

describe('bench tables', () => {
  it('aligns console columns: names left, numbers right', () => {
    expect(renderConsoleTable(table)).toBe(
      ['route         JS gz', '────────────  ─────', '/             119.7', '/initiatives    7.3'].join('\n'),
    );
  });

  it('writes markdown with alignment markers', () => {
    expect(renderMarkdownTable(table)).toBe(
      ['| route | JS gz |', '|:---|---:|', '| / | 119.7 |', '| /initiatives | 7.3 |'].join('\n'),
    );
  });

  it('escapes pipes and line breaks inside markdown cells', () => {
    expect(renderMarkdownTable({ headers: ['a'], rows: [['x | y\nz']] })).toBe('| a |\n|:---|\n| x \\| y z |');
  });

  it('refuses a row with the wrong number of cells', () => {
    expect(() => renderMarkdownTable({ headers: ['a', 'b'], rows: [['1']] })).toThrow(/1 cells, table has 2/);
  });
});
