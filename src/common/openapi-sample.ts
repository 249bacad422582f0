/**
 * A deterministic example value for a JSON schema of the OpenAPI document: the schema's own
 * `example`, `default` or first enum value where it has one, a fixed value of the right format
 * otherwise. The linters check every example against its schema, so an example cannot drift from
 * the type it illustrates.
 */
type Schema = Record<string, unknown>;

const BY_FORMAT: Record<string, string> = {
  uuid: '3f1c2a9e-8b7d-4c6e-9a51-0d2b7e4f6a10',
  'date-time': '2026-03-02T09:30:00.000Z',
  date: '2026-03-02',
  uri: 'https://crm.example.org/hooks/workorders',
  email: 'ops@example.org',
};

export function sampleOf(schema: unknown, components: Record<string, Schema>, depth = 0): unknown {
  if (!schema || typeof schema !== 'object' || depth > 24) return undefined;
  const s = schema as Schema;
  if (typeof s.$ref === 'string') return sampleOf(components[s.$ref.split('/').pop()!], components, depth + 1);
  if (s.example !== undefined) return s.example;
  if (Array.isArray(s.examples) && s.examples.length > 0) return s.examples[0];
  if (s.const !== undefined) return s.const;
  if (s.default !== undefined) return s.default;
  if (Array.isArray(s.enum)) return s.enum.find((v) => v !== null) ?? null;
  for (const key of ['oneOf', 'anyOf'] as const) {
    const options = s[key];
    if (Array.isArray(options)) {
      const option = (options as Schema[]).find((o) => o.type !== 'null') ?? (options as Schema[])[0];
      return sampleOf(option, components, depth + 1);
    }
  }
  if (Array.isArray(s.allOf)) {
    return Object.assign({}, ...(s.allOf as Schema[]).map((part) => sampleOf(part, components, depth + 1) ?? {}));
  }
  const type = Array.isArray(s.type) ? (s.type as string[]).find((t) => t !== 'null') : (s.type as string | undefined);
  switch (type) {
    case 'string': {
      const value = BY_FORMAT[s.format as string] ?? 'text';
      const min = (s.minLength as number | undefined) ?? 0;
      return value.length >= min ? value : value.padEnd(min, 'x');
    }
    case 'integer':
    case 'number':
      return s.minimum ?? 1;
    case 'boolean':
      return true;
    case 'array': {
      const item = sampleOf(s.items, components, depth + 1);
      return item === undefined ? [] : Array.from({ length: Math.max(1, (s.minItems as number | undefined) ?? 1) }, () => item);
    }
    case 'object':
    case undefined: {
      const properties = s.properties as Record<string, Schema> | undefined;
      if (!properties) return {};
      return Object.fromEntries(
        Object.entries(properties)
          .map(([name, property]) => [name, sampleOf(property, components, depth + 1)] as const)
          .filter(([, value]) => value !== undefined),
      );
    }
    default:
      return null;
  }
}
