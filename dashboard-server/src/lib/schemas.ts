import { Type } from '@sinclair/typebox';

export const IdParamsSchema = Type.Object({ id: Type.String({ format: 'uuid' }) });
export const PageQuery = {
  limit: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
  offset: Type.Integer({ minimum: 0, maximum: 10_000_000, default: 0 }),
};
export const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
