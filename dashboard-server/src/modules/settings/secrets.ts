import { randomBytes, type KeyObject } from 'node:crypto';
import { generateKeyPair, privateKeyFromSeed, rawPublicKey } from '@retainer/protocol';
import type { Clock } from '../../lib/clock.js';
import type { SettingsRepository } from './settings.repository.js';

export interface HubSecrets {
  jwtSecret: string;
  hubPrivateKey: KeyObject;
  hubPublicKey: string;
}

/**
 * Secrets the hub needs but the operator may not set: generated on first start and persisted in the
 * database (not in a local file), so every hub process behind one PostgreSQL signs with the same key.
 */
export async function loadSecrets(settings: Pick<SettingsRepository, 'getOrInsert'>, clock: Clock, jwtSecretFromConfig?: string): Promise<HubSecrets> {
  const now = clock.now();
  const jwtSecret = jwtSecretFromConfig ?? (await settings.getOrInsert('jwt_secret', randomBytes(48).toString('base64'), now));
  const seed = await settings.getOrInsert('hub_signing_seed', generateKeyPair().seed, now);
  const hubPrivateKey = privateKeyFromSeed(seed);
  return { jwtSecret, hubPrivateKey, hubPublicKey: rawPublicKey(hubPrivateKey) };
}
