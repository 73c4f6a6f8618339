/** Bumped only for breaking wire changes; additive fields keep the version. */
export const PROTOCOL_VERSION = 1 as const;

/** Canonical-string prefix: names the signing scheme so a signature can never be replayed under another one. */
export const SIGNING_SCHEME = 'RETAINER-V1' as const;

/** Signed requests whose timestamp is further than this from the receiver's clock are refused. */
export const SIGNATURE_WINDOW_S = 300;

export const HEADER_SITE = 'x-retainer-site';
export const HEADER_TIMESTAMP = 'x-retainer-timestamp';
export const HEADER_NONCE = 'x-retainer-nonce';
export const HEADER_SIGNATURE = 'x-retainer-signature';
