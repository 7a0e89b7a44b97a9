import { describe, expect, it } from 'vitest';
import { navigationFor } from './navigation.js';

describe('module navigation', () => {
  it('shows the coordinator every module that exists', () => {
    expect(navigationFor('coordinator').map((item) => item.to)).toEqual([
      '/',
      '/parties',
      '/users',
      '/audit',
    ]);
  });

  it.each(['liaison', 'observer', 'field_officer'] as const)('shows a %s only the agreement', (role) => {
    expect(navigationFor(role).map((item) => item.to)).toEqual(['/']);
  });
});
