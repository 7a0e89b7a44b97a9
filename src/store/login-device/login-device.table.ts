export interface LoginDeviceTable {
  token_hash: string;
  user_id: string;
  created_at: string;
  last_used_at: string;
}
