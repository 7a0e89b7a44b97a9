export interface LoginAttemptTable {
  id: string;
  username: string;
  ip: string | null;
  succeeded: number;
  at: string;
}
