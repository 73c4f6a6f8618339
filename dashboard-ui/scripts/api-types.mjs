/**
 * The hub's OpenAPI document → `src/app/api-schema.d.ts`. Shared by the generator script and the
 * unit test that fails when the committed file no longer matches the hub, so both produce the
 * file the same way (same config, same formatting).
 *
 * The document comes from the hub's own `buildApp`, built in-process with a database stub: the
 * routes and their schemas are registered without touching a database, so no server, port or
 * PostgreSQL is needed.
 */
import { generateKeyPairSync } from 'node:crypto';
import openapiTS, { astToString } from 'openapi-typescript';

const HEADER = `/**
 * Generated from the hub's OpenAPI document by scripts/generate-api-types.mjs. Do not edit:
 * change the hub's route schemas, build the hub, then run
 * \`npm run generate:api-types -w @retainer/dashboard-ui\`.
 */
`;

/** A Database that refuses every query: building the routes must not need one. */
const NO_DATABASE = Object.freeze({
  kind: 'postgres',
  query: async () => {
    throw new Error('the OpenAPI document is built without a database');
  },
  transaction: async () => {
    throw new Error('the OpenAPI document is built without a database');
  },
  close: async () => {},
});

/**
 * @param {{ buildApp: Function, parseConfig: Function }} hub the hub's app and config modules
 * @returns {Promise<object>} the OpenAPI document the hub serves at /docs/json
 */
export async function hubOpenApiDocument({ buildApp, parseConfig }) {
  // Fixed settings so the document does not depend on the environment that generates it.
  const config = parseConfig({ LOG_LEVEL: 'silent', DATABASE_URL: 'postgres://openapi@127.0.0.1:1/none', UI_DIST_DIR: '/nonexistent' });
  const { privateKey } = generateKeyPairSync('ed25519');
  const secrets = { jwtSecret: 'x'.repeat(64), hubPrivateKey: privateKey, hubPublicKey: 'unused' };
  const app = await buildApp({ config, db: NO_DATABASE, clock: { now: () => new Date(0) }, secrets, logger: false });
  try {
    await app.ready();
    return structuredClone(app.swagger());
  } finally {
    await app.close();
  }
}

/** The TypeScript declarations for a document, exactly as committed. */
export async function renderApiTypes(document) {
  const ast = await openapiTS(document, { alphabetize: true });
  return HEADER + astToString(ast);
}
