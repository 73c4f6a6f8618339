import { Type, type Static } from '@sinclair/typebox';
import { Nullable, PageQuery } from '../../lib/schemas.js';

const Name = Type.String({ minLength: 1, maxLength: 100 });
const ChannelType = Type.String({ minLength: 1, maxLength: 40, description: 'A registered channel type: email, webhook, slack' });

export const AlertChannelSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  name: Type.String(),
  type: Type.String(),
  config: Type.Record(Type.String(), Type.Unknown()),
  enabled: Type.Boolean(),
  created_at: Type.String({ format: 'date-time' }),
  updated_at: Type.String({ format: 'date-time' }),
});
export type AlertChannelView = Static<typeof AlertChannelSchema>;

export const CreateAlertChannelSchema = Type.Object(
  { name: Name, type: ChannelType, config: Type.Record(Type.String(), Type.Unknown()), enabled: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
);
export type CreateAlertChannel = Static<typeof CreateAlertChannelSchema>;

export const UpdateAlertChannelSchema = Type.Object(
  { name: Type.Optional(Name), config: Type.Optional(Type.Record(Type.String(), Type.Unknown())), enabled: Type.Optional(Type.Boolean()) },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateAlertChannel = Static<typeof UpdateAlertChannelSchema>;

export const ChannelTestResultSchema = Type.Object({ ok: Type.Boolean(), error: Nullable(Type.String()) });

export const DeliveryStatusSchema = Type.Union([Type.Literal('pending'), Type.Literal('delivered'), Type.Literal('failed')]);
export const AlertDeliverySchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  incident_id: Type.String({ format: 'uuid' }),
  channel_id: Type.String({ format: 'uuid' }),
  channel_name: Type.String(),
  site_id: Type.String({ format: 'uuid' }),
  event: Type.Union([Type.Literal('opened'), Type.Literal('resolved')]),
  title: Type.String(),
  status: DeliveryStatusSchema,
  attempts: Type.Integer(),
  last_error: Nullable(Type.String()),
  next_attempt_at: Nullable(Type.String({ format: 'date-time' })),
  delivered_at: Nullable(Type.String({ format: 'date-time' })),
  created_at: Type.String({ format: 'date-time' }),
});
export type AlertDeliveryView = Static<typeof AlertDeliverySchema>;

export const ListDeliveriesQuerySchema = Type.Object(
  { ...PageQuery, status: Type.Optional(DeliveryStatusSchema), site_id: Type.Optional(Type.String({ format: 'uuid' })), incident_id: Type.Optional(Type.String({ format: 'uuid' })) },
  { additionalProperties: false },
);
export type ListDeliveriesQuery = Static<typeof ListDeliveriesQuerySchema>;
export const DeliveryListSchema = Type.Object({ items: Type.Array(AlertDeliverySchema), total: Type.Integer(), limit: Type.Integer(), offset: Type.Integer() });
