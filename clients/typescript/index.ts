/**
 * The work-order service's typed client: paths, bodies, answers and error problems are checked
 * against openapi.json at compile time (schema.d.ts is generated from it by `npm run openapi`).
 */
import createFetchClient, { type Client } from 'openapi-fetch';
import type { components, paths } from './schema';

export type { components, operations, paths, webhooks } from './schema';
export type Schemas = components['schemas'];
export type WorkOrderClient = Client<paths>;

export interface ClientOptions {
  /** Scheme, host and port of the service, e.g. `https://workorders.example.org`. */
  baseUrl: string;
  /** A channel system's API key (sent as X-Api-Key). */
  apiKey?: string;
  /** A staff member's opaque bearer token. */
  token?: string;
  /** A fetch of your own (tests, proxies, retries). */
  fetch?: typeof globalThis.fetch;
}

export function createClient(options: ClientOptions): WorkOrderClient {
  const headers: Record<string, string> = {};
  if (options.apiKey) headers['X-Api-Key'] = options.apiKey;
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  return createFetchClient<paths>({ baseUrl: options.baseUrl, headers, ...(options.fetch ? { fetch: options.fetch } : {}) });
}
