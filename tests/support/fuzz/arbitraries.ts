import fc from 'fast-check';

/** A JSON Schema node of the OpenAPI document, with `$ref`s resolved through `resolve`. */
export type Schema = Record<string, any>;
export type Resolve = (schema: Schema) => Schema;

/** Strings that have broken parsers, loggers and databases before. */
const NASTY_STRINGS = [
  '',
  ' ',
  '北京大学',
  '　全角　空格　',
  '😀🎓🏔️',
  '\u202Eevil\u202C',
  'עברית العربية',
  '\u0000\u0001\u001F',
  'line\nbreak\r\n',
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  '../../etc/passwd',
  '%00%2F',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a lookup string some loggers expand; it must stay inert.
  '${jndi:ldap://x}',
  '__proto__',
  'constructor',
  'x'.repeat(10_000),
  '9'.repeat(400),
];

const EDGE_NUMBERS = [
  0,
  -0,
  -1,
  1,
  0.5,
  2 ** 31,
  -(2 ** 31),
  Number.MAX_SAFE_INTEGER,
  Number.MIN_SAFE_INTEGER,
  1e308,
  -1e308,
  5e-324,
];

export const nastyString = fc.oneof(
  fc.constantFrom(...NASTY_STRINGS),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

const anyScalar = fc.oneof(nastyString, fc.constantFrom(...EDGE_NUMBERS), fc.boolean(), fc.constant(null));

/** Arrays nested deeper than any parser should be asked to go. */
const deepNesting = fc.integer({ min: 20, max: 200 }).map((depth) => {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { nested: value };
  return value;
});

export const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: anyScalar },
  { weight: 1, arbitrary: fc.array(anyScalar, { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.dictionary(nastyString, anyScalar, { maxKeys: 4 }) },
  { weight: 1, arbitrary: deepNesting },
);

/** `valid` keeps every leaf within its schema, so the request reaches the handler; `wild` breaks leaves. */
export type Mode = 'valid' | 'wild';

function stringFor(schema: Schema, mode: Mode): fc.Arbitrary<string> {
  const valid: fc.Arbitrary<string>[] = [];
  if (schema.enum) valid.push(fc.constantFrom(...(schema.enum as string[])));
  else if (schema.pattern) valid.push(fc.stringMatching(new RegExp(schema.pattern)));
  else if (schema.format === 'email') {
    // Addresses people actually have; fc.emailAddress() goes to RFC corners the API rightly refuses.
    valid.push(
      fc
        .tuple(
          fc.stringMatching(/^[a-z][a-z0-9]{0,15}$/),
          fc.constantFrom('example.com', 'pku.edu.cn', 'mails.tsinghua.edu.cn'),
        )
        .map(([local, domain]) => `${local}@${domain}`),
    );
    if (mode === 'wild') valid.push(fc.emailAddress());
  } else
    valid.push(
      fc.string({
        unit: 'grapheme-composite',
        minLength: schema.minLength ?? 0,
        maxLength: Math.min(schema.maxLength ?? 40, 60),
      }),
    );
  if (mode === 'valid') return fc.oneof(...valid);
  return fc.oneof({ weight: 3, arbitrary: fc.oneof(...valid) }, { weight: 1, arbitrary: nastyString });
}

/**
 * Values shaped by the schema, mostly close to valid (so requests reach the handlers) and often
 * broken in one place: a wrong type, an edge number, a nasty string, a missing or extra field.
 */
export function valueFor(schema: Schema, resolve: Resolve, mode: Mode = 'wild', depth = 0): fc.Arbitrary<unknown> {
  const s = resolve(schema);
  const variants = s.anyOf ?? s.oneOf;
  if (variants) return fc.oneof(...(variants as Schema[]).map((v) => valueFor(v, resolve, mode, depth + 1)));
  const types: string[] = Array.isArray(s.type) ? s.type : s.type ? [s.type] : [];
  const shaped = types.map((type) => {
    switch (type) {
      case 'string':
        return stringFor(s, mode);
      case 'integer': {
        const inRange = fc.integer({ min: s.minimum ?? -1000, max: s.maximum ?? 1000 });
        return mode === 'valid' ? inRange : fc.oneof(inRange, fc.constantFrom(...EDGE_NUMBERS));
      }
      case 'number':
        return mode === 'valid'
          ? fc.double({ noNaN: true, noDefaultInfinity: true, min: s.minimum, max: s.maximum })
          : fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(...EDGE_NUMBERS));
      case 'boolean':
        return fc.boolean();
      case 'null':
        return fc.constant(null);
      case 'array':
        return depth > 4
          ? fc.constant([])
          : fc.array(valueFor(s.items ?? {}, resolve, mode, depth + 1), { maxLength: Math.min(s.maxItems ?? 4, 4) });
      case 'object':
        return depth > 4 ? fc.constant({}) : objectFor(s, resolve, mode, depth);
      default:
        return anyJson;
    }
  });
  if (shaped.length === 0) return mode === 'valid' ? fc.constant(null) : anyJson;
  if (mode === 'valid') return fc.oneof(...shaped);
  return fc.oneof({ weight: 6, arbitrary: fc.oneof(...shaped) }, { weight: 1, arbitrary: anyJson });
}

function objectFor(schema: Schema, resolve: Resolve, mode: Mode, depth: number): fc.Arbitrary<Record<string, unknown>> {
  const properties = Object.entries((schema.properties ?? {}) as Record<string, Schema>);
  const required: string[] = schema.required ?? [];
  const fields = Object.fromEntries(properties.map(([k, v]) => [k, valueFor(v, resolve, mode, depth + 1)]));
  // Usually every required field is present, so the deeper rules get exercised too.
  const complete = fc.record(fields, { requiredKeys: required.filter((k) => properties.some(([p]) => p === k)) });
  if (mode === 'valid') return complete;
  const record = fc.record(fields, { requiredKeys: [] });
  const extra = fc.dictionary(
    fc.constantFrom('role', 'version', 'universityId', 'isAdmin', '__proto__', 'x'),
    anyJson,
    { minKeys: 1, maxKeys: 2 },
  );
  return fc.oneof(
    { weight: 4, arbitrary: complete },
    { weight: 2, arbitrary: record },
    { weight: 1, arbitrary: fc.tuple(complete, extra).map(([a, b]) => ({ ...a, ...b })) },
  );
}
