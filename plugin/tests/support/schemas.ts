import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { PROTOCOL_DIR } from './paths';

const ajv = addFormats(new Ajv({ allErrors: true, strict: false }));

/** A validator for packages/protocol/schemas/<name>.json (the generated JSON Schema, the contract). */
export function schema(name: string): ValidateFunction {
  const json = JSON.parse(readFileSync(join(PROTOCOL_DIR, 'schemas', `${name}.json`), 'utf8'));
  return ajv.getSchema(json.$id) ?? ajv.compile(json);
}

export function fixture<T = any>(name: string): T {
  return JSON.parse(readFileSync(join(PROTOCOL_DIR, 'fixtures', name), 'utf8')) as T;
}

/** Asserts with the validator's errors in the message. */
export function expectValid(validate: ValidateFunction, value: unknown): void {
  if (!validate(value)) {
    throw new Error(`schema validation failed: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(value).slice(0, 2000)}`);
  }
}
