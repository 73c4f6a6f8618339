import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import {
  canonicalString,
  generateKeyPair,
  privateKeyFromSeed,
  publicKeyFromRaw,
  rawPublicKey,
  sha256Hex,
  signCanonical,
  signRequest,
  timestampInWindow,
  verifyCanonical,
} from './index.js';
import { exportedSchemas, schemaFileContent } from './schema-export.js';

const root = join(import.meta.dirname, '..');
const fixture = (name: string) => JSON.parse(readFileSync(join(root, 'fixtures', name), 'utf8'));
const ajv = addFormats(new Ajv({ allErrors: true, strict: false }));
const schemaFor: Record<string, string> = {
  'status-report': 'status-report.json',
  'enroll-request': 'enroll-request.json',
  command: 'command.json',
  'command-result': 'command-result.json',
  'apply-updates-args': 'apply-updates-args.json',
  'update-events-batch': 'update-events-batch.json',
};
const validatorFor = (fixtureName: string) => {
  const kind = Object.keys(schemaFor)
    .sort((a, b) => b.length - a.length)
    .find((k) => fixtureName.startsWith(`${k}.`));
  if (!kind) throw new Error(`no schema for fixture ${fixtureName}`);
  const schema = JSON.parse(readFileSync(join(root, 'schemas', schemaFor[kind]!), 'utf8'));
  return ajv.getSchema(schema.$id) ?? ajv.compile(schema);
};

describe('generated JSON Schema files', () => {
  it('are up to date with the TypeBox sources', () => {
    for (const [file, schema] of Object.entries(exportedSchemas)) {
      expect(readFileSync(join(root, 'schemas', file), 'utf8'), `${file} is stale: run the protocol build`).toBe(schemaFileContent(schema));
    }
  });
});

describe('fixtures against the exported schemas', () => {
  const files = readdirSync(join(root, 'fixtures')).filter((f) => f.endsWith('.json') && f !== 'signing-vectors.json');
  it('has valid and invalid fixtures', () => {
    expect(files.filter((f) => f.includes('.valid')).length).toBeGreaterThanOrEqual(2);
    expect(files.filter((f) => f.includes('.invalid-')).length).toBeGreaterThanOrEqual(4);
  });
  for (const file of files) {
    const shouldPass = !file.includes('.invalid-');
    it(`${file} ${shouldPass ? 'validates' : 'is rejected'}`, () => {
      const validate = validatorFor(file);
      const ok = validate(fixture(file));
      expect(ok, JSON.stringify(validate.errors)).toBe(shouldPass);
    });
  }
  it('round-trips a report through JSON without loss', () => {
    const report = fixture('status-report.valid.json');
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});

describe('signing', () => {
  const { vectors } = fixture('signing-vectors.json') as {
    vectors: Array<{ name: string; seed: string; public_key: string; method: string; path: string; timestamp: number; nonce: string; body: string; body_sha256: string; canonical: string; signature: string }>;
  };

  it('has vectors', () => expect(vectors.length).toBeGreaterThanOrEqual(4));

  for (const v of vectors) {
    it(`reproduces vector ${v.name} byte for byte`, () => {
      expect(sha256Hex(v.body)).toBe(v.body_sha256);
      const canonical = canonicalString(v);
      expect(canonical).toBe(v.canonical);
      expect(canonical.split('\n')).toEqual(['RETAINER-V1', v.method.toUpperCase(), v.path, String(v.timestamp), v.nonce, v.body_sha256]);
      const key = privateKeyFromSeed(v.seed);
      expect(rawPublicKey(key)).toBe(v.public_key);
      expect(signCanonical(canonical, key)).toBe(v.signature);
      expect(verifyCanonical(canonical, v.signature, publicKeyFromRaw(v.public_key))).toBe(true);
    });
    it(`rejects vector ${v.name} when any part is changed`, () => {
      const pub = publicKeyFromRaw(v.public_key);
      const variants = [
        canonicalString({ ...v, body: `${v.body} ` }),
        canonicalString({ ...v, path: `${v.path}x` }),
        canonicalString({ ...v, timestamp: v.timestamp + 1 }),
        canonicalString({ ...v, nonce: v.nonce.replace(/^./, (c) => (c === '0' ? '1' : '0')) }),
        canonicalString({ ...v, method: 'PUT' }),
      ];
      for (const c of variants) expect(verifyCanonical(c, v.signature, pub)).toBe(false);
      const other = generateKeyPair();
      expect(verifyCanonical(v.canonical, v.signature, publicKeyFromRaw(other.publicKey))).toBe(false);
      expect(verifyCanonical(v.canonical, 'AAAA', pub)).toBe(false);
    });
  }

  it('accepts a 64-byte sodium secret key as well as the 32-byte seed', () => {
    const kp = generateKeyPair();
    const sodiumSecret = Buffer.concat([Buffer.from(kp.seed, 'base64'), Buffer.from(kp.publicKey, 'base64')]).toString('base64');
    expect(rawPublicKey(privateKeyFromSeed(sodiumSecret))).toBe(kp.publicKey);
    expect(() => publicKeyFromRaw(Buffer.alloc(31).toString('base64'))).toThrow();
  });

  it('signRequest produces headers the verifier accepts', () => {
    const kp = generateKeyPair();
    const body = JSON.stringify({ hello: 'world' });
    const h = signRequest({ siteId: 'site', method: 'POST', path: '/agent/v1/reports', body, privateKey: kp.privateKeyObject, now: 1_767_225_600_000 });
    expect(h['x-retainer-timestamp']).toBe('1767225600');
    expect(h['x-retainer-nonce']).toMatch(/^[0-9a-f]{32}$/);
    const canonical = canonicalString({ method: 'POST', path: '/agent/v1/reports', timestamp: h['x-retainer-timestamp']!, nonce: h['x-retainer-nonce']!, body });
    expect(verifyCanonical(canonical, h['x-retainer-signature']!, publicKeyFromRaw(kp.publicKey))).toBe(true);
  });

  it('keeps the ±300 s window inclusive at 300 and closed at 301', () => {
    const now = 1_767_225_600_000;
    expect(timestampInWindow(1_767_225_600 - 300, now)).toBe(true);
    expect(timestampInWindow(1_767_225_600 + 300, now)).toBe(true);
    expect(timestampInWindow(1_767_225_600 - 301, now)).toBe(false);
    expect(timestampInWindow(1_767_225_600 + 301, now)).toBe(false);
  });
});
