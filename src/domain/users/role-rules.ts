import type { Role } from '../access/types.js';
import type { PartyKind } from '../parties/types.js';

export interface RuleViolation {
  path: string;
  message: string;
}

export const MIN_PASSWORD_LENGTH = 10;
export const SUPPORTED_LOCALES = ['en', 'ru', 'hy', 'az'] as const;

/** Usernames compare case-insensitively and without surrounding spaces. */
export function normaliseUsername(username: string): string {
  return username.trim().toLowerCase();
}

const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{1,62}$/;

/**
 * What makes a user's role, party and post consistent: a liaison belongs to a party of kind 'party',
 * a coordinator to the intermediary (or to none), a field officer has a post.
 */
export function checkUserAssignment(input: {
  username: string;
  role: Role;
  partyKind: PartyKind | null;
  post: string | null;
}): RuleViolation[] {
  const problems: RuleViolation[] = [];
  if (!USERNAME_PATTERN.test(input.username)) {
    problems.push({
      path: 'username',
      message: 'use 2 to 63 letters, digits, dots, dashes or underscores, starting with a letter or digit',
    });
  }
  switch (input.role) {
    case 'liaison':
      if (input.partyKind === null) problems.push({ path: 'partyId', message: 'a liaison needs a party' });
      else if (input.partyKind !== 'party')
        problems.push({ path: 'partyId', message: 'a liaison belongs to a party of kind "party"' });
      break;
    case 'coordinator':
      if (input.partyKind !== null && input.partyKind !== 'intermediary')
        problems.push({
          path: 'partyId',
          message: 'a coordinator belongs to the intermediary or to no party',
        });
      break;
    case 'observer':
      if (input.partyKind === 'party')
        problems.push({ path: 'partyId', message: 'an observer cannot belong to a party to the agreement' });
      break;
    case 'field_officer':
      if (!input.post?.trim()) problems.push({ path: 'post', message: 'a field officer needs a post' });
      break;
  }
  return problems;
}

export function checkPassword(password: string): RuleViolation[] {
  return password.length >= MIN_PASSWORD_LENGTH
    ? []
    : [{ path: 'password', message: `use at least ${MIN_PASSWORD_LENGTH} characters` }];
}
