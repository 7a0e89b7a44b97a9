import { describe, expect, it } from 'vitest';
import { ApiError, normaliseErrorPath } from './api-client.js';

describe('problem+json field errors', () => {
  it('names each bad field by its dotted path in the body', () => {
    expect(normaliseErrorPath('names.en')).toBe('names.en');
    expect(normaliseErrorPath('/names/en')).toBe('names.en');
    expect(normaliseErrorPath('body.password')).toBe('password');
  });

  it('keeps the first message for each field', () => {
    const error = new ApiError({
      status: 400,
      title: 'Bad request',
      errors: [
        { in: 'body', path: 'password', message: 'use at least 10 characters' },
        { in: 'body', path: 'names.en', message: 'Required' },
        { in: 'body', path: 'password', message: 'second message' },
      ],
    });
    expect(error.fieldErrors()).toEqual({ password: 'use at least 10 characters', 'names.en': 'Required' });
  });
});
