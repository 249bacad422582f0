import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { OperationKey, operationKeyOf, POLICY, PolicyEntry, Relation, Who } from './auth/policy/policy';
import { ErrorCode, errorCodesOf, statusOf } from './common/error-codes';
import { OPERATION_DOCS, TAGS, webhooksSection } from './common/openapi-docs';
import { sampleOf } from './common/openapi-sample';
import { Problem, ProblemFieldError } from './common/openapi';

type Json = Record<string, unknown>;
type Schema = Json;

const PROBLEM_TITLES: Record<number, string> = {
  400: 'The request is malformed or fails validation',
  401: 'No valid credential',
  403: 'The credential may not do this',
  404: 'Not found, or outside what the caller may read',
  408: 'The request took too long to arrive',
  409: 'The current state does not allow it',
  413: 'The body is too large',
  415: 'The body is not JSON',
  422: 'The request is well-formed but refers to something that does not fit',
  429: 'Too many requests from this credential or address; retry after the given delay',
  431: 'The request headers are too large',
  503: 'Unavailable (database away, or a transaction conflict that outlasted its retries); retry after the given delay',
};

const HEADERS = {
  'X-Request-Id': {
    description: 'Identifies the request in the service logs; the caller may send its own, which is echoed',
    schema: { type: 'string' },
  },
  'Retry-After': { description: 'Seconds to wait before retrying', schema: { type: 'integer', minimum: 1 } },
  Location: { description: 'Path of the resource created', schema: { type: 'string', format: 'uri-reference' } },
};
const header = (name: keyof typeof HEADERS) => ({ [name]: { $ref: `#/components/headers/${name}` } });
const REQUEST_ID_HEADER = header('X-Request-Id');
const RETRY_AFTER_HEADER = header('Retry-After');
const LOCATION_HEADER = header('Location');

/** Problem responses by status and code list, shared in components.responses by every operation answering the same. */
type SharedResponses = { byCodes: Map<string, string>; responses: Record<string, Json> };

/**
 * The OpenAPI 3.1 document of the API, from the controllers' decorators plus what only the policy
 * table and the error catalogue know: operationIds are policy keys, each operation lists who may
 * call it (`x-allowed` and a sentence), its security, and every error `code` it can answer.
 */
export function buildOpenApi(app: INestApplication): OpenAPIObject {
  const builder = new DocumentBuilder()
    .setTitle('Work-order service')
    .setDescription(
      'Electronic complaint work orders: multi-channel intake, national/provincial routing, stage deadlines with warnings and escalation.\n\n' +
        'Errors are RFC 9457 `application/problem+json` with a stable `code`; each operation lists the codes it can answer. ' +
        'Lists answer `{items, nextCursor}`: pass `nextCursor` back as `cursor` until it is null. ' +
        'Webhook notifications are signed per Standard Webhooks (see `webhooks`).',
    )
    .setVersion('1.0.0')
    .setContact('Work-order service maintainers', 'https://github.com/workorders/workorder-service', 'workorders@example.org')
    .setLicense('Apache-2.0', 'https://www.apache.org/licenses/LICENSE-2.0')
    .addServer('{origin}', 'The deployment; `origin` is its scheme, host and port (docker compose serves localhost:3000)', {
      origin: { default: 'http://localhost:3000' },
    })
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'Opaque staff token, or the bootstrap ADMIN_TOKEN' }, 'bearer')
    .addApiKey({ type: 'apiKey', in: 'header', name: 'X-Api-Key', description: 'Channel system API key' }, 'apiKey')
    .addCookieAuth(
      'wo_session',
      {
        type: 'apiKey',
        in: 'cookie',
        description:
          'Session of a signed-in member of staff (POST /api/v1/auth/sign-in or single sign-on); named __Host-wo_session over https. ' +
          'Requests other than GET need the X-CSRF-Token header given at sign-in.',
      },
      'session',
    );
  for (const [name, description] of Object.entries(TAGS)) builder.addTag(name, description);
  const document = SwaggerModule.createDocument(app, builder.build(), {
    extraModels: [Problem, ProblemFieldError],
    operationIdFactory: (controller, method) => operationKeyOf(`${controller}_${method}`) ?? `${controller}_${method}`,
  });
  return finish(document);
}

function finish(document: OpenAPIObject): OpenAPIObject {
  const out = document as unknown as Json;
  out.openapi = '3.1.0';
  const components = document.components as Json;
  // Tokens are opaque: the generator's default bearer format would promise a JWT.
  delete (components.securitySchemes as Record<string, Json>).bearer.bearerFormat;
  const schemas = (components.schemas ?? {}) as Record<string, Schema>;
  for (const schema of Object.values(schemas)) toJsonSchema(schema);
  components.headers = HEADERS;
  const shared: SharedResponses = { byCodes: new Map(), responses: {} };
  for (const [path, item] of Object.entries(document.paths)) {
    for (const operation of Object.values(item as Record<string, Json>)) {
      const key = operation.operationId as string;
      if (!(key in POLICY)) continue;
      describeOperation(operation, key as OperationKey, path, schemas, shared);
    }
  }
  components.responses = shared.responses;
  out.webhooks = webhooksSection(schemas);
  return document;
}

/** OpenAPI 3.0 leftovers of the generator → JSON Schema 2020-12 as 3.1 reads it. */
function toJsonSchema(schema: unknown): void {
  if (!schema || typeof schema !== 'object') return;
  const s = schema as Schema;
  // A `Date | null` or `string | null` property reflected without a type comes out as an object with a string format.
  if (s.type === 'object' && typeof s.format === 'string' && !s.properties) s.type = 'string';
  if (s.nullable === true) {
    delete s.nullable;
    if (Array.isArray(s.allOf) && s.allOf.length === 1) {
      s.oneOf = [s.allOf[0], { type: 'null' }];
      delete s.allOf;
      delete s.type;
    } else if (typeof s.type === 'string') {
      s.type = [s.type, 'null'];
      if (Array.isArray(s.enum)) s.enum = [...(s.enum as unknown[]), null];
    }
  }
  for (const value of Object.values(s)) {
    if (Array.isArray(value)) value.forEach(toJsonSchema);
    else if (value && typeof value === 'object') toJsonSchema(value);
  }
}

function describeOperation(
  operation: Json,
  key: OperationKey,
  path: string,
  schemas: Record<string, Schema>,
  shared: SharedResponses,
): void {
  const entry: PolicyEntry = POLICY[key];
  const docs = OPERATION_DOCS[key];
  operation.summary ??= docs?.summary ?? key;
  operation.description = [docs?.description ?? operation.summary, allowedSentence(entry)].join('\n\n');
  operation['x-allowed'] = allowed(entry);
  operation.security = securityOf(entry.who);
  for (const parameter of (operation.parameters ?? []) as Json[]) toJsonSchema(parameter.schema);

  const requestBody = operation.requestBody as Json | undefined;
  if (requestBody) addExamples(requestBody.content as Record<string, Json>, schemas, docs?.requestExample);

  const responses = operation.responses as Record<string, Json>;
  for (const status of Object.keys(responses)) {
    if (Number(status) >= 400) delete responses[status];
  }
  for (const [status, response] of Object.entries(responses)) {
    response.description ||= status === '201' ? 'Created' : status === '204' ? 'Done; no content' : 'OK';
    response.headers = { ...(response.headers as Json | undefined), ...REQUEST_ID_HEADER, ...(status === '201' ? LOCATION_HEADER : {}) };
    if (response.content) addExamples(response.content as Record<string, Json>, schemas, docs?.responseExample);
  }
  const codes = errorCodesOf(key);
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of codes) byStatus.set(statusOf(code), [...(byStatus.get(statusOf(code)) ?? []), code]);
  for (const [status, list] of [...byStatus].sort(([a], [b]) => a - b)) {
    const sharedKey = `${status} ${list.join(',')}`;
    let name = shared.byCodes.get(sharedKey);
    if (!name) {
      name = `${key}.${status}`;
      shared.byCodes.set(sharedKey, name);
      shared.responses[name] = problemResponse(status, list, path);
    }
    responses[String(status)] = { $ref: `#/components/responses/${name}` };
  }
  operation['x-error-codes'] = codes;
}

function problemResponse(status: number, codes: ErrorCode[], path: string): Json {
  const schema = {
    allOf: [{ $ref: '#/components/schemas/Problem' }, { type: 'object', properties: { code: { type: 'string', enum: codes } } }],
  };
  const example = {
    type: `urn:problem:workorders:${codes[0].toLowerCase().replace(/_/g, '-')}`,
    title: PROBLEM_TITLES[status]?.split(/[;(]/)[0].trim() ?? 'Error',
    status,
    detail: 'A sentence for a person; branch on `code`',
    instance: path,
    code: codes[0],
  };
  return {
    description: `${PROBLEM_TITLES[status] ?? 'Problem details'} (codes: ${codes.join(', ')})`,
    headers: { ...REQUEST_ID_HEADER, ...(status === 429 || status === 503 ? RETRY_AFTER_HEADER : {}) },
    content: { 'application/problem+json': { schema, example } },
  };
}

function addExamples(content: Record<string, Json>, schemas: Record<string, Schema>, given?: unknown): void {
  for (const media of Object.values(content)) {
    if (media.example !== undefined || media.examples !== undefined) continue;
    const example = given ?? sampleOf(media.schema, schemas);
    if (example !== undefined) media.example = example;
  }
}

function securityOf(who: Who): Json[] {
  if (who.public) return [];
  const security: Json[] = [];
  if (who.staffRoles?.length || who.bootstrapAdmin) security.push({ bearer: [] });
  // A signed-in member of staff is the same actor as their bearer token (the bootstrap admin has no session).
  if (who.staffRoles?.length) security.push({ session: [] });
  if (who.channel) security.push({ apiKey: [] });
  return security;
}

function allowed(entry: PolicyEntry): Json {
  const who = entry.who;
  return {
    public: who.public === true,
    channel: who.channel === true,
    staffRoles: [...(who.staffRoles ?? [])],
    ...(who.staffTiers ? { staffTiers: [...who.staffTiers] } : {}),
    bootstrapAdmin: who.bootstrapAdmin === true,
    ...(entry.relations ? { relations: [...entry.relations] } : {}),
  };
}

const RELATION_WORDS: Record<Relation, string> = {
  filed: 'the channel system that filed the ticket',
  reviewer: 'its reviewing centre',
  dispatcher: 'its dispatching unit',
  owner: 'the unit owning the current stage',
  cohandler: 'a unit with an open co-handling task on it',
  supervising_centre: 'a higher tier over the owning unit',
  participant: 'a unit whose subtree took part in it',
  province_staff: 'staff of its provincial centre',
  national_staff: 'national centre staff',
};

const or = (words: string[]) => (words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`);

/** The policy entry in one sentence for a reader of the documentation. */
export function allowedSentence(entry: PolicyEntry): string {
  const who = entry.who;
  if (who.public) return '**Allowed:** anyone; no credential is needed unless the operator requires one by configuration.';
  const callers: string[] = [];
  if (who.channel) callers.push('channel systems (X-Api-Key)');
  if (who.staffRoles?.length) {
    const tiers = who.staffTiers ? ` of ${or([...who.staffTiers])} units` : '';
    callers.push(`staff with role ${or([...who.staffRoles])}${tiers}`);
  }
  if (who.bootstrapAdmin) callers.push('the bootstrap administrator');
  let sentence = `**Allowed:** ${callers.join('; ')}.`;
  if (entry.relations?.length) {
    const related = or(entry.relations.map((r) => RELATION_WORDS[r]));
    sentence += entry.refusal
      ? ` The caller must be ${related}; a caller who can read the ticket otherwise gets 403 \`${entry.refusal}\`, one who cannot gets 404.`
      : ` Only tickets the caller may read: ${related}; any other ticket is 404 (lists leave it out).`;
  }
  return sentence;
}
