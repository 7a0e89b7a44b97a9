export interface LoginThrottleTable {
  key: string;
  failures: number;
  window_start: string;
}
