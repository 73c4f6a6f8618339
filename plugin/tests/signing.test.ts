import { execFile } from 'node:child_process';
import { randomBytes, randomInt } from 'node:crypto';
import { join } from 'node:path';
import { canonicalString, generateKeyPair, newNonce, publicKeyFromRaw, signCanonical, verifyCanonical } from '@retainer/protocol';
import { describe, expect, it } from 'vitest';
import { PLUGIN_DIR } from './support/paths';
import { fixture } from './support/schemas';

/** Runs operations through the plugin's Signer class in plain PHP CLI. */
function php<T = any>(ops: object[]): Promise<T[]> {
  return new Promise((resolve, reject) => {
    const child = execFile('php', [join(PLUGIN_DIR, 'tests/php/signer-cli.php')], { maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`${err.message}\n${stderr}`));
      else resolve(JSON.parse(stdout) as T[]);
    });
    child.stdin!.end(JSON.stringify(ops));
  });
}

interface Vector {
  name: string;
  seed: string;
  method: string;
  path: string;
  timestamp: number;
  nonce: string;
  body: string;
  public_key: string;
  body_sha256: string;
  canonical: string;
  signature: string;
}
const { vectors } = fixture<{ vectors: Vector[] }>('signing-vectors.json');

const randomBody = (): string => {
  const pieces = ['{"a":1}', 'Café — Å ✓', '\n', '🙂', '"quoted"', '\\', randomBytes(randomInt(0, 64)).toString('base64'), ''];
  return Array.from({ length: randomInt(0, 8) }, () => pieces[randomInt(pieces.length)]).join('');
};
const randomPath = (): string =>
  ['/agent/v1/reports', '/hub/agent/v1/command-results', '/wp-json/retainer/v1/commands', '/index.php?rest_route=/retainer/v1/commands&x=1'][randomInt(4)]!;

describe('PHP Signer and the protocol signing vectors', () => {
  it('has vectors to check', () => {
    expect(vectors.length).toBeGreaterThanOrEqual(4);
  });

  it('reproduces every vector byte for byte (public key, canonical string, signature)', async () => {
    const results = await php(vectors.map((v) => ({ op: 'canonical+sign', ...v })));
    results.forEach((r, i) => {
      const v = vectors[i]!;
      expect(r.public_key, v.name).toBe(v.public_key);
      expect(r.canonical, v.name).toBe(v.canonical);
      expect(r.canonical.split('\n').at(-1), v.name).toBe(v.body_sha256);
      expect(r.signature, v.name).toBe(v.signature);
    });
  });

  it('verifies every vector signature and rejects each one with a changed body', async () => {
    const ok = await php(vectors.map((v) => ({ op: 'verify', ...v })));
    expect(ok.map((r) => r.valid)).toEqual(vectors.map(() => true));
    const tampered = await php(vectors.map((v) => ({ op: 'verify', ...v, body: `${v.body} ` })));
    expect(tampered.map((r) => r.valid)).toEqual(vectors.map(() => false));
  });
});

describe('PHP <-> TypeScript signatures', () => {
  it('PHP signs fresh random messages with new keys; TypeScript verifyCanonical accepts them', async () => {
    const inputs = Array.from({ length: 25 }, () => ({
      op: 'sign-fresh',
      method: ['POST', 'post', 'GET'][randomInt(3)]!,
      path: randomPath(),
      timestamp: randomInt(1_700_000_000, 1_900_000_000),
      nonce: newNonce(),
      body: randomBody(),
    }));
    const results = await php(inputs);
    results.forEach((r, i) => {
      const input = inputs[i]!;
      const canonical = canonicalString(input);
      expect(r.canonical).toBe(canonical);
      expect(verifyCanonical(canonical, r.signature, publicKeyFromRaw(r.public_key))).toBe(true);
      // ...and not for another message
      expect(verifyCanonical(`${canonical}0`, r.signature, publicKeyFromRaw(r.public_key))).toBe(false);
    });
    expect(new Set(results.map((r) => r.public_key)).size).toBe(results.length);
  });

  it('TypeScript signs; PHP verifies, and rejects tampered body, path, timestamp, nonce, signature or key', async () => {
    const key = generateKeyPair();
    const other = generateKeyPair();
    const msg = { method: 'POST', path: '/wp-json/retainer/v1/commands', timestamp: 1767225600, nonce: newNonce(), body: '{"type":"sync","args":{}}' };
    const signature = signCanonical(canonicalString(msg), key.privateKeyObject);
    const base = { op: 'verify', ...msg, public_key: key.publicKey, signature };
    const flipped = Buffer.from(signature, 'base64');
    flipped[10] = flipped[10]! ^ 1;
    const cases = [
      { ...base },
      { ...base, body: '{"type":"sync","args":{"x":1}}' },
      { ...base, path: '/wp-json/retainer/v1/commands?x=1' },
      { ...base, timestamp: msg.timestamp + 1 },
      { ...base, nonce: newNonce() },
      { ...base, method: 'GET' },
      { ...base, signature: flipped.toString('base64') },
      { ...base, signature: 'not base64!' },
      { ...base, public_key: other.publicKey },
    ];
    const results = await php(cases);
    expect(results.map((r) => r.valid)).toEqual([true, false, false, false, false, false, false, false, false]);
  });

  it('signs the request-target of the hub URL, path prefix and query included', async () => {
    const results = await php([
      { op: 'request-target', url: 'https://hub.example.com/agent/v1/reports' },
      { op: 'request-target', url: 'https://example.com/retainer-hub/agent/v1/reports' },
      { op: 'request-target', url: 'http://127.0.0.1:8080/index.php?rest_route=/retainer/v1/commands' },
    ]);
    expect(results.map((r) => r.target)).toEqual(['/agent/v1/reports', '/retainer-hub/agent/v1/reports', '/index.php?rest_route=/retainer/v1/commands']);
  });
});
