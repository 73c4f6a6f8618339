import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { FastifyInstance, FastifySchema } from 'fastify';

/**
 * Two validators: request bodies are checked strictly (no type coercion, unknown fields rejected —
 * a report with `"version": 5.3` is an error, not silently "5.3"), while querystrings and params,
 * which arrive as text, are coerced to their declared types.
 */
// ajv-formats is CommonJS with a default export; under NodeNext it arrives wrapped.
type AddFormats = (ajv: Ajv) => Ajv;
const addFormats: AddFormats = (addFormatsModule as unknown as { default: AddFormats }).default ?? (addFormatsModule as unknown as AddFormats);

export function installValidators(app: FastifyInstance): void {
  const strict = addFormats(new Ajv({ allErrors: true, coerceTypes: false, removeAdditional: false, useDefaults: true, strict: false }));
  const coercing = addFormats(new Ajv({ allErrors: true, coerceTypes: 'array', removeAdditional: false, useDefaults: true, strict: false }));
  const cache = new WeakMap<object, ValidateFunction>();
  app.setValidatorCompiler(({ schema, httpPart }) => {
    const ajv = httpPart === 'body' ? strict : coercing;
    const key = schema as object;
    const cached = httpPart === 'body' ? cache.get(key) : undefined;
    if (cached) return cached;
    const fn = ajv.compile(schema as FastifySchema);
    if (httpPart === 'body') cache.set(key, fn);
    return fn;
  });
}
