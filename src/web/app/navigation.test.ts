import { describe, expect, it } from 'vitest';
import { moduleOfPath, navigationFor } from './navigation.js';

const tree = (role: Parameters<typeof navigationFor>[0]) =>
  navigationFor(role).map((module) => [module.id, module.to, module.pages.map((page) => page.to)]);

describe('module navigation', () => {
  it('shows the coordinator every module that exists, each with all its pages (the tracing candidates its own)', () => {
    expect(tree('coordinator')).toEqual([
      ['dashboard', '/', ['/']],
      ['agreement', '/agreement', ['/agreement', '/provisions', '/meetings']],
      ['incidents', '/incidents', ['/incidents']],
      [
        'tracing',
        '/tracing/cases',
        ['/tracing/cases', '/tracing/matches', '/tracing/remains', '/tracing/counts'],
      ],
      [
        'exchange',
        '/exchange/lists',
        [
          '/exchange/lists',
          '/exchange/reconciliations',
          '/exchange/report',
          '/exchange/persons',
          '/exchange/plan',
          '/exchange/events',
        ],
      ],
      [
        'corridor',
        '/corridor/map',
        [
          '/corridor/map',
          '/corridor/movements',
          '/corridor/cargo',
          '/corridor/returns',
          '/corridor/bulletin',
          '/corridor/passages',
        ],
      ],
      ['administration', '/parties', ['/parties', '/users', '/audit']],
    ]);
  });

  it('shows a liaison its cases and remains, its lists, its shared results, its people and the exchanges, not reconciliation, the plan or administration', () => {
    expect(tree('liaison')).toEqual([
      ['dashboard', '/', ['/']],
      ['agreement', '/agreement', ['/agreement', '/provisions', '/meetings']],
      ['incidents', '/incidents', ['/incidents']],
      ['tracing', '/tracing/cases', ['/tracing/cases', '/tracing/remains', '/tracing/counts']],
      [
        'exchange',
        '/exchange/lists',
        ['/exchange/lists', '/exchange/results', '/exchange/persons', '/exchange/events'],
      ],
      [
        'corridor',
        '/corridor/map',
        [
          '/corridor/map',
          '/corridor/movements',
          '/corridor/cargo',
          '/corridor/returns',
          '/corridor/bulletin',
        ],
      ],
    ]);
  });

  it('shows an observer the tracing counts, the published report and the exchanges only, the module opening on the report', () => {
    expect(tree('observer')).toEqual([
      ['dashboard', '/', ['/']],
      ['agreement', '/agreement', ['/agreement', '/provisions', '/meetings']],
      ['incidents', '/incidents', ['/incidents']],
      ['tracing', '/tracing/counts', ['/tracing/counts']],
      ['exchange', '/exchange/report', ['/exchange/report', '/exchange/events']],
      [
        'corridor',
        '/corridor/map',
        [
          '/corridor/map',
          '/corridor/movements',
          '/corridor/cargo',
          '/corridor/returns',
          '/corridor/bulletin',
          '/corridor/passages',
        ],
      ],
    ]);
  });

  it('shows a field officer the dashboard, the agreement, the published incidents and the corridor with its passage log', () => {
    expect(tree('field_officer')).toEqual([
      ['dashboard', '/', ['/']],
      ['agreement', '/agreement', ['/agreement', '/provisions', '/meetings']],
      ['incidents', '/incidents', ['/incidents']],
      [
        'corridor',
        '/corridor/map',
        [
          '/corridor/map',
          '/corridor/movements',
          '/corridor/cargo',
          '/corridor/returns',
          '/corridor/bulletin',
          '/corridor/passages',
        ],
      ],
    ]);
  });

  it('finds the module of any page, including a record under a module page', () => {
    const modules = navigationFor('coordinator');
    expect(moduleOfPath(modules, '/')?.id).toBe('dashboard');
    expect(moduleOfPath(modules, '/provisions/9f1c')?.id).toBe('agreement');
    expect(moduleOfPath(modules, '/exchange/persons/3f2a')?.id).toBe('exchange');
    expect(moduleOfPath(modules, '/exchange/lists/9/upload')?.id).toBe('exchange');
    expect(moduleOfPath(modules, '/users')?.id).toBe('administration');
    expect(moduleOfPath(modules, '/corridor/movements/7c1d')?.id).toBe('corridor');
    expect(moduleOfPath(modules, '/tracing/cases/51aa')?.id).toBe('tracing');
    expect(moduleOfPath(modules, '/tracing/remains/7a0c')?.id).toBe('tracing');
    expect(moduleOfPath(modules, '/nowhere')).toBeUndefined();
  });
});
