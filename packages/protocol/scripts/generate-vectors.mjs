// One-off generator for fixtures/signing-vectors.json (Ed25519 is deterministic, so the file is stable).
// Run: node packages/protocol/scripts/generate-vectors.mjs  (after building the package)
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { canonicalString, privateKeyFromSeed, rawPublicKey, signCanonical } from '../dist/src/index.js';

const seed = (label) => createHash('sha256').update(label).digest('base64');
const cases = [
  { name: 'report-post', seed: seed('retainer vector agent'), method: 'POST', path: '/agent/v1/reports', timestamp: 1767225600, nonce: '00112233445566778899aabbccddeeff', body: '{"report_id":"6f1c1c9e-6a53-4a8e-9d3e-0f6f2f0b7a11"}' },
  { name: 'empty-body', seed: seed('retainer vector agent'), method: 'GET', path: '/agent/v1/ping', timestamp: 1767225601, nonce: 'ffeeddccbbaa99887766554433221100', body: '' },
  { name: 'hub-command-with-query', seed: seed('retainer vector hub'), method: 'POST', path: '/index.php?rest_route=/retainer/v1/commands', timestamp: 1767225602, nonce: '0123456789abcdef0123456789abcdef0123', body: '{"type":"sync","args":{}}' },
  { name: 'utf8-body', seed: seed('retainer vector agent'), method: 'post', path: '/agent/v1/reports', timestamp: 1767225603, nonce: 'a1b2c3d4e5f60718293a4b5c6d7e8f90', body: '{"name":"Café — Å ✓"}' },
];
const vectors = cases.map((c) => {
  const key = privateKeyFromSeed(c.seed);
  const canonical = canonicalString(c);
  return { ...c, public_key: rawPublicKey(key), body_sha256: createHash('sha256').update(c.body).digest('hex'), canonical, signature: signCanonical(canonical, key) };
});
writeFileSync(new URL('../fixtures/signing-vectors.json', import.meta.url), JSON.stringify({ description: 'Ed25519 test vectors for the RETAINER-V1 canonical string. Both the TypeScript and the PHP side must reproduce every signature byte for byte. seed = 32-byte Ed25519 seed (base64).', vectors }, null, 2) + '\n');
console.log(`wrote ${vectors.length} vectors`);
