import { describe, expect, it } from 'vitest';
import { neutraliseCell } from './neutralise-cell.js';
import { csvText } from './write-csv.js';
import { xlsxTable } from './write-xlsx.js';

describe('cell neutralisation', () => {
  it('makes formulas inert and leaves names alone', () => {
    expect(neutraliseCell('=HYPERLINK("http://x")')).toBe('\'=HYPERLINK("http://x")');
    expect(neutraliseCell('+7 999')).toBe("'+7 999");
    expect(neutraliseCell('-1')).toBe("'-1");
    expect(neutraliseCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutraliseCell('\tcmd')).toBe("'\tcmd");
    expect(neutraliseCell('\rcmd')).toBe("'\rcmd");
    expect(neutraliseCell('Məmmədov')).toBe('Məmmədov');
  });
});

describe('csvText', () => {
  it('neutralises every text cell and the header, and writes computed numbers as they are', () => {
    const text = csvText(
      ['id', '=cmd|calc'],
      [
        ['=HYPERLINK("http://x","y")', '@SUM(A1)', -0.5],
        ['+1+2', 'Əliyev', 0.25],
      ],
      { formatNumber: (n) => n.toFixed(2) },
    );
    expect(text).toBe(
      ["id,'=cmd|calc", `"'=HYPERLINK(""http://x"",""y"")",'@SUM(A1),-0.50`, "'+1+2,Əliyev,0.25", ''].join(
        '\n',
      ),
    );
  });
});

describe('xlsxTable', () => {
  it('neutralises every text cell and the header, keeps numbers as numbers, and runs no formula', async () => {
    const { default: Excel } = await import('exceljs');
    const buffer = await xlsxTable(
      'Pairs: run/1',
      ['=cmd|calc', 'p'],
      [
        ['@SUM(A1)', 0.25],
        ['Əliyev', -1],
      ],
    );
    const workbook = new Excel.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe('Pairs  run 1');
    const values: unknown[] = [];
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        expect(cell.formula).toBeUndefined();
        values.push(cell.value);
      });
    });
    expect(values).toEqual(["'=cmd|calc", 'p', "'@SUM(A1)", 0.25, 'Əliyev', -1]);
  });
});
