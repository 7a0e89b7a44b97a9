import { describe, expect, it } from 'vitest';
import { navigationFor } from './navigation.js';

describe('module navigation', () => {
  it('shows the coordinator every module that exists', () => {
    expect(navigationFor('coordinator').map((item) => item.to)).toEqual([
      '/',
      '/parties',
      '/users',
      '/audit',
      '/exchange/lists',
      '/exchange/reconciliations',
      '/exchange/report',
      '/exchange/persons',
      '/exchange/plan',
      '/exchange/events',
    ]);
  });

  it('shows a liaison its lists, its people and the exchanges, not reconciliation or the plan', () => {
    expect(navigationFor('liaison').map((item) => item.to)).toEqual([
      '/',
      '/exchange/lists',
      '/exchange/persons',
      '/exchange/events',
    ]);
  });

  it('shows an observer the published report and the exchanges only', () => {
    expect(navigationFor('observer').map((item) => item.to)).toEqual([
      '/',
      '/exchange/report',
      '/exchange/events',
    ]);
  });

  it('shows a field officer only the agreement', () => {
    expect(navigationFor('field_officer').map((item) => item.to)).toEqual(['/']);
  });
});
