import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { AppError, ErrorCode } from '../../lib/errors.js';

/**
 * The Retainer Agent plugin zip, for the freelancer to upload in each site's wp-admin (Plugins → Add
 * New → Upload Plugin). Public: it is the open-source plugin and holds nothing of this hub's; a site
 * only connects with an enrollment code. Read from disk on each request, so a rebuilt package is
 * served without a restart.
 */
export const downloadsRoutes: FastifyPluginAsyncTypebox<{ agentPluginZip: string }> = async (app, { agentPluginZip }) => {
  app.get(
    '/downloads/retainer-agent.zip',
    { schema: { tags: ['downloads'], summary: 'The Retainer Agent WordPress plugin as an installable zip (public)' }, config: { rateLimit: { max: 60, timeWindow: '1 minute' } } },
    async (_req, reply) => {
      const info = await stat(agentPluginZip).catch(() => null);
      if (!info?.isFile()) {
        throw new AppError(ErrorCode.NOT_FOUND, 'This hub has no packaged agent plugin: run `npm run package -w retainer-agent` where the hub is installed');
      }
      return reply
        .type('application/zip')
        .header('content-disposition', 'attachment; filename="retainer-agent.zip"')
        .header('content-length', info.size)
        .header('cache-control', 'no-cache')
        .send(createReadStream(agentPluginZip));
    },
  );
};
