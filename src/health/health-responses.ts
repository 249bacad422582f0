import { problem } from '../common/problem-details.filter';
import { DependencyStatus, Readiness } from './readiness.service';

export interface HealthResponse {
  status: number;
  body: Record<string, unknown>;
}

/** The readiness answer, identical on the API and the worker port. */
export function readinessResponse(r: Readiness): HealthResponse {
  if (r.ready) return { status: 200, body: { status: 'ready', checks: r.checks, warnings: r.warnings } };
  const detail = r.draining ? 'shutting down' : 'unavailable: postgres';
  return { status: 503, body: { ...problem(503, 'NOT_READY', detail), checks: r.checks, warnings: r.warnings } };
}

/** The dependency answer of `/health`: both Postgres and Redis must answer (the compatibility contract). */
export function dependencyResponse(checks: { postgres: DependencyStatus; redis: DependencyStatus }): HealthResponse {
  const down = (Object.keys(checks) as (keyof typeof checks)[]).filter((k) => checks[k].status === 'down');
  if (down.length === 0) return { status: 200, body: { status: 'ok', info: checks, error: {}, details: checks } };
  return {
    status: 503,
    body: { ...problem(503, 'UNHEALTHY', `unavailable: ${down.join(', ')}`), down, details: checks },
  };
}
