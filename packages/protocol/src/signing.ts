import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, sign, verify, type KeyObject } from 'node:crypto';
import { SIGNATURE_WINDOW_S, SIGNING_SCHEME } from './version.js';

/*
 * Ed25519 signing exactly as the protocol fixes it. Keys travel as raw 32-byte values in standard
 * base64 (what PHP's sodium uses); Node's crypto wants DER, so we wrap them with the fixed ASN.1
 * prefixes for Ed25519 (RFC 8410) instead of pulling in a JS crypto library.
 */
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
const PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

export interface SignedHeaders {
  site: string;
  timestamp: string;
  nonce: string;
  signature: string;
}

export interface CanonicalParts {
  method: string;
  /** The request-target as sent: path plus query string, if any (e.g. `/agent/v1/reports`). */
  path: string;
  timestamp: number | string;
  nonce: string;
  body: string | Uint8Array;
}

export function sha256Hex(body: string | Uint8Array): string {
  return createHash('sha256').update(body).digest('hex');
}

/** `RETAINER-V1\n{METHOD}\n{path}\n{timestamp}\n{nonce}\n{hex sha256 of body}` */
export function canonicalString(p: CanonicalParts): string {
  return [SIGNING_SCHEME, p.method.toUpperCase(), p.path, String(p.timestamp), p.nonce, sha256Hex(p.body)].join('\n');
}

export function publicKeyFromRaw(b64: string): KeyObject {
  const raw = Buffer.from(b64, 'base64');
  if (raw.length !== 32) throw new Error('Ed25519 public key must be 32 bytes');
  return createPublicKey({ key: Buffer.concat([SPKI_PREFIX, raw]), format: 'der', type: 'spki' });
}

/** The private key from its 32-byte seed (sodium's secret key is seed || public key; either is accepted). */
export function privateKeyFromSeed(b64: string): KeyObject {
  const raw = Buffer.from(b64, 'base64');
  if (raw.length !== 32 && raw.length !== 64) throw new Error('Ed25519 secret key must be a 32-byte seed or a 64-byte sodium key');
  return createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, raw.subarray(0, 32)]), format: 'der', type: 'pkcs8' });
}

export function rawPublicKey(key: KeyObject): string {
  const der = key.type === 'private' ? createPublicKey(key).export({ format: 'der', type: 'spki' }) : key.export({ format: 'der', type: 'spki' });
  return Buffer.from(der.subarray(der.length - 32)).toString('base64');
}

export function rawSeed(key: KeyObject): string {
  const der = key.export({ format: 'der', type: 'pkcs8' });
  return Buffer.from(der.subarray(der.length - 32)).toString('base64');
}

export interface KeyPair {
  /** 32-byte seed, base64 */
  seed: string;
  /** 32-byte public key, base64 */
  publicKey: string;
  privateKeyObject: KeyObject;
}

export function generateKeyPair(): KeyPair {
  const { privateKey } = generateKeyPairSync('ed25519');
  return { seed: rawSeed(privateKey), publicKey: rawPublicKey(privateKey), privateKeyObject: privateKey };
}

export function signCanonical(canonical: string, privateKey: KeyObject): string {
  return sign(null, Buffer.from(canonical, 'utf8'), privateKey).toString('base64');
}

export function verifyCanonical(canonical: string, signatureB64: string, publicKey: KeyObject): boolean {
  const sig = Buffer.from(signatureB64, 'base64');
  if (sig.length !== 64) return false;
  return verify(null, Buffer.from(canonical, 'utf8'), publicKey, sig);
}

export function newNonce(): string {
  return randomBytes(16).toString('hex');
}

/** Builds the four X-Retainer-* headers for one request. */
export function signRequest(opts: {
  siteId: string;
  method: string;
  path: string;
  body: string | Uint8Array;
  privateKey: KeyObject;
  now?: number;
  nonce?: string;
}): Record<string, string> {
  const timestamp = Math.floor((opts.now ?? Date.now()) / 1000);
  const nonce = opts.nonce ?? newNonce();
  const signature = signCanonical(canonicalString({ method: opts.method, path: opts.path, timestamp, nonce, body: opts.body }), opts.privateKey);
  return {
    'x-retainer-site': opts.siteId,
    'x-retainer-timestamp': String(timestamp),
    'x-retainer-nonce': nonce,
    'x-retainer-signature': signature,
  };
}

export const NONCE_PATTERN = /^[0-9a-f]{32,128}$/;
export const TIMESTAMP_PATTERN = /^[0-9]{1,12}$/;

/** True when `timestamp` (unix seconds) is within the window around `nowMs`. */
export function timestampInWindow(timestamp: number, nowMs: number, windowS = SIGNATURE_WINDOW_S): boolean {
  return Math.abs(Math.floor(nowMs / 1000) - timestamp) <= windowS;
}
