export interface HealthResponse {
  status: 'ok';
  database: 'up';
  publication: number | null;
}
