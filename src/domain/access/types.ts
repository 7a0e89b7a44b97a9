export const ROLES = ['coordinator', 'liaison', 'observer', 'field_officer'] as const;
export type Role = (typeof ROLES)[number];

/** Who is reading: repositories narrow what they return to what this reader may see. */
export interface PartyScope {
  userId: string | null;
  role: Role;
  partyId: string | null;
}

export const WRITE_CHANNELS = ['api', 'cli'] as const;
export type WriteChannel = (typeof WRITE_CHANNELS)[number];

/** Who is writing: every write records this actor in its audit entry. */
export interface WriteContext {
  actor: { userId: string | null; username: string; via: WriteChannel };
}

/** The scope of the system itself (CLI maintenance, demo loading): sees everything. */
export const SYSTEM_SCOPE: PartyScope = { userId: null, role: 'coordinator', partyId: null };
