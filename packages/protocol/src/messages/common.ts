import { Type } from '@sinclair/typebox';

export const Uuid = Type.String({ format: 'uuid', description: 'RFC 4122 UUID, lowercase hex' });
export const DateTime = Type.String({ format: 'date-time', description: 'RFC 3339 timestamp, UTC preferred' });
/** Raw 32-byte Ed25519 public key, standard base64 (44 characters with padding). */
export const PublicKeyB64 = Type.String({ pattern: '^[A-Za-z0-9+/]{43}=$', description: 'Ed25519 public key, 32 raw bytes, standard base64' });
export const Version = Type.String({ minLength: 1, maxLength: 64, description: 'A version string as the software reports it' });
export const NullableVersion = Type.Union([Version, Type.Null()]);
