import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { generateDemoLists } from '../../domain/demo/synthetic-lists/index.js';
import { readMappedRows } from '../../domain/exchange/list-rows.js';
import { UnreadableFileError } from '../../platform/tables/index.js';
import type { NewListEntry } from '../../store/index.js';
import { runListsTask } from './lists.run-task.js';

describe('list tasks in a worker thread', () => {
  it('read a CSV and an XLSX the same as on the main thread', async () => {
    const csv = new TextEncoder().encode('ФИО;Дата рождения\nАлиев Рашад;1990\nƏliyev Rəşad;1990-05-12\n');
    const here = await runListsTask(
      { kind: 'read-file', fileName: 'a.csv', bytes: csv },
      { inWorker: false },
    );
    const there = await runListsTask(
      { kind: 'read-file', fileName: 'a.csv', bytes: csv },
      { inWorker: true },
    );
    expect(there).toEqual(here);
    expect(there.rows[1]).toEqual({ row: 3, values: ['Əliyev Rəşad', '1990-05-12'] });

    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('L').addRows([
      ['Անուն Ազգանուն', 'Ծննդյան ամսաթիվ'],
      ['Արամ Պետրոսյան', '12.05.1990'],
    ]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const read = await runListsTask({ kind: 'read-file', fileName: 'b.xlsx', bytes }, { inWorker: true });
    expect(read).toMatchObject({
      format: 'xlsx',
      rows: [{ row: 2, values: ['Արամ Պետրոսյան', '12.05.1990'] }],
    });
  }, 60_000);

  it('report an unreadable file from the worker with its row', async () => {
    const bytes = new TextEncoder().encode('ФИО\n');
    const error = await runListsTask(
      { kind: 'read-file', fileName: 'c.csv', bytes },
      { inWorker: true },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnreadableFileError);
    expect(error).toMatchObject({ kind: 'empty-file', row: 2 });
  }, 60_000);

  it('keep the event loop free while the engine looks for duplicates in a large list', async () => {
    const entries: NewListEntry[] = [];
    for (let seed = 1; entries.length < 4000; seed++) {
      const file = generateDemoLists(seed)[0];
      if (!file) break;
      entries.push(...readMappedRows(file.headers, file.rows, file.mapping).entries);
    }
    let longestGap = 0;
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
    }, 20);
    const clusters = await runListsTask({ kind: 'duplicates', entries });
    clearInterval(timer);
    expect(Array.isArray(clusters)).toBe(true);
    expect(longestGap).toBeLessThan(1000);
  }, 120_000);
});
