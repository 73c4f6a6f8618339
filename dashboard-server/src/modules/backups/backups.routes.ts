import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ErrorBodySchema } from '@retainer/protocol';
import { IdParamsSchema } from '../../lib/schemas.js';
import type { BackupStorageService } from './backup-storage.service.js';
import type { BackupsService } from './backups.service.js';
import {
  BackupRecordViewSchema,
  CreateManualBackupSchema,
  FleetQuerySchema,
  FleetSchema,
  PolicyViewSchema,
  PutPolicySchema,
  PutStorageSchema,
  SiteBackupsQuerySchema,
  SiteBackupsSchema,
  StorageViewSchema,
  VerificationSchema,
} from './backups.schemas.js';

export const backupsRoutes: FastifyPluginAsyncTypebox<{ backups: BackupsService; storage: BackupStorageService }> = async (app, { backups, storage }) => {
  const tags = ['backups'];
  const security = [{ bearer: [] }];
  const err = { 400: ErrorBodySchema, 401: ErrorBodySchema, 404: ErrorBodySchema };

  app.get('/backups', { schema: { tags, security, summary: 'Backup verdict of every site, worst first', querystring: FleetQuerySchema, response: { 200: FleetSchema, ...err } } }, (req) =>
    backups.fleet(req.query),
  );

  app.get(
    '/sites/:id/backups',
    { schema: { tags, security, summary: 'Backup records, verdict and verdict history of one site', params: IdParamsSchema, querystring: SiteBackupsQuerySchema, response: { 200: SiteBackupsSchema, ...err } } },
    (req) => backups.siteBackups(req.params.id, req.query),
  );

  app.post(
    '/sites/:id/backups',
    { schema: { tags, security, summary: 'Record a host snapshot or a backup made outside the site’s plugin', params: IdParamsSchema, body: CreateManualBackupSchema, response: { 201: BackupRecordViewSchema, ...err, 409: ErrorBodySchema } } },
    async (req, reply) => {
      reply.status(201);
      return backups.addManual(req.params.id, req.body);
    },
  );

  app.get('/sites/:id/backup-policy', { schema: { tags, security, summary: 'Effective backup policy of a site and where each value comes from', params: IdParamsSchema, response: { 200: PolicyViewSchema, ...err } } }, (req) =>
    backups.getPolicy(req.params.id),
  );

  app.put(
    '/sites/:id/backup-policy',
    { schema: { tags, security, summary: 'Override the backup policy of a site (null = inherit)', params: IdParamsSchema, body: PutPolicySchema, response: { 200: PolicyViewSchema, ...err } } },
    (req) => backups.putPolicy(req.params.id, req.body),
  );

  app.put(
    '/sites/:id/backup-storage',
    {
      schema: {
        tags,
        security,
        summary: 'S3-compatible credentials the hub uses to verify offsite copies (stored encrypted, never returned)',
        params: IdParamsSchema,
        body: PutStorageSchema,
        response: { 200: StorageViewSchema, ...err, 409: ErrorBodySchema },
      },
    },
    (req) => storage.put(req.params.id, req.body),
  );

  app.post(
    '/sites/:id/backup-storage/verify',
    { schema: { tags, security, summary: 'List the offsite destination now and compare it with what the backup plugin claims', params: IdParamsSchema, response: { 200: VerificationSchema, ...err } } },
    (req) => storage.verifySite(req.params.id),
  );
};
