import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { NextFunction, Request, Response } from 'express';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Checks every answer of a test app against openapi.json: the status must be documented for the
 * matched operation, a JSON body must validate against that response's schema, and a problem's
 * `code` must be in the operation's declared enum (the schema carries it). Violations are
 * recorded, and test/support/contract-check.ts fails the suite in afterAll if there are any.
 */
type Json = Record<string, unknown>;

interface Operation {
  method: string;
  template: string;
  pattern: RegExp;
  params: number;
  responses: Record<string, Json>;
  operationId: string;
}

export interface Violation {
  operation: string;
  request: string;
  status: number;
  problem: string;
  body?: unknown;
}

const violations: Violation[] = [];
/** Codes seen per operation, for the report of what the suites exercised. */
export const seenCodes = new Map<string, Set<string>>();

export function contractViolations(): readonly Violation[] {
  return violations;
}

let loaded: { operations: Operation[]; ajv: Ajv2020; responses: Record<string, Json> } | null = null;

function sharedResponse(ref: string): Json | undefined {
  return load().responses[ref.split('/').pop()!];
}

function load() {
  if (loaded) return loaded;
  const document = JSON.parse(readFileSync(join(__dirname, '..', '..', 'openapi.json'), 'utf8')) as Json;
  const ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: true });
  addFormats(ajv);
  ajv.addSchema({ $id: 'openapi', components: document.components }, 'openapi');
  const operations: Operation[] = [];
  for (const [template, item] of Object.entries(document.paths as Record<string, Record<string, Json>>)) {
    for (const [method, op] of Object.entries(item)) {
      const source = template.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\{[^}]+\\\}/g, '[^/]+');
      operations.push({
        method: method.toUpperCase(),
        template,
        pattern: new RegExp(`^${source}/?$`),
        params: (template.match(/\{/g) ?? []).length,
        responses: op.responses as Record<string, Json>,
        operationId: op.operationId as string,
      });
    }
  }
  // A literal segment wins over a parameter (POST /sla-policies/resolve before /sla-policies/{id}).
  operations.sort((a, b) => a.params - b.params);
  loaded = { operations, ajv, responses: ((document.components as Json).responses ?? {}) as Record<string, Json> };
  return loaded;
}

const validators = new Map<string, ReturnType<Ajv2020['compile']>>();

function validatorFor(op: Operation, status: string, media: string, schema: Json) {
  const key = `${op.method} ${op.template} ${status} ${media}`;
  let validate = validators.get(key);
  if (!validate) {
    // Component references in the document are relative to its root: resolve them against the added one.
    const rebased = JSON.parse(JSON.stringify(schema).replace(/"#\/components\//g, '"openapi#/components/')) as Json;
    validate = load().ajv.compile(rebased);
    validators.set(key, validate);
  }
  return validate;
}

export function checkAnswer(method: string, path: string, status: number, contentType: string | undefined, raw: unknown): void {
  const { operations } = load();
  const op = operations.find((o) => o.method === method && o.pattern.test(path));
  if (!op) return;
  const request = `${method} ${path}`;
  const record = (problem: string, body?: unknown) =>
    violations.push({ operation: op.operationId, request, status, problem, body: body === undefined ? undefined : body });
  const given = op.responses[String(status)] ?? op.responses[`${String(status)[0]}XX`];
  const response = typeof given?.$ref === 'string' ? sharedResponse(given.$ref) : given;
  if (!response) {
    record(`status ${status} is not documented`, raw);
    return;
  }
  const media = (contentType ?? '').split(';')[0].trim();
  if (!/json$/.test(media)) return;
  const content = response.content as Record<string, Json> | undefined;
  const declared = content?.[media];
  if (!declared) {
    record(`${media} is not documented for ${status}`);
    return;
  }
  let body: unknown;
  try {
    body = typeof raw === 'string' || Buffer.isBuffer(raw) ? JSON.parse(raw.toString()) : raw;
  } catch {
    record('body is not JSON');
    return;
  }
  if (status >= 400 && body && typeof body === 'object' && typeof (body as Json).code === 'string') {
    const codes = seenCodes.get(op.operationId) ?? new Set<string>();
    codes.add((body as Json).code as string);
    seenCodes.set(op.operationId, codes);
  }
  if (!declared.schema) return;
  const validate = validatorFor(op, String(status), media, declared.schema as Json);
  if (!validate(body)) {
    const error = validate.errors?.[0];
    record(`${error?.instancePath || '(body)'} ${error?.message} ${JSON.stringify(error?.params)}`, body);
  }
}

/** Express middleware: sees each answer's body as it is sent. */
export function contractRecorder() {
  return (req: Request, res: Response, next: NextFunction) => {
    const send = res.send.bind(res);
    let checked = false;
    res.send = (body?: unknown) => {
      // An object body comes back through send as the JSON string express makes of it: check that one.
      const serialised = typeof body === 'string' || Buffer.isBuffer(body);
      if (!checked && serialised && req.method !== 'HEAD') {
        checked = true;
        try {
          checkAnswer(req.method, req.path, res.statusCode, res.getHeader('content-type') as string | undefined, body);
        } catch (err) {
          violations.push({ operation: '?', request: `${req.method} ${req.path}`, status: res.statusCode, problem: String(err) });
        }
      }
      return send(body);
    };
    next();
  };
}

type WebhookEntry = { post?: { requestBody?: { content?: Record<string, { schema?: Json }> } } };
let webhookEntries: Record<string, WebhookEntry> | null = null;

/**
 * What is wrong with a webhook body, checked against the `webhooks` entry of its event type in
 * openapi.json (the same document and validator as the answers); empty when it conforms.
 */
export function webhookBodyProblems(type: string, body: unknown): string[] {
  webhookEntries ??= (
    JSON.parse(readFileSync(join(__dirname, '..', '..', 'openapi.json'), 'utf8')) as { webhooks: Record<string, WebhookEntry> }
  ).webhooks;
  const schema = webhookEntries[type]?.post?.requestBody?.content?.['application/json']?.schema;
  if (!schema) return [`${type} is not a documented webhook`];
  const key = `webhook ${type}`;
  let validate = validators.get(key);
  if (!validate) {
    const rebased = JSON.parse(JSON.stringify(schema).replace(/"#\/components\//g, '"openapi#/components/')) as Json;
    validate = load().ajv.compile(rebased);
    validators.set(key, validate);
  }
  return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '(body)'} ${e.message} ${JSON.stringify(e.params)}`);
}
