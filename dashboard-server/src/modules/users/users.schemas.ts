import { Type, type Static } from '@sinclair/typebox';

export const UserSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  email: Type.String(),
  role: Type.Union([Type.Literal('owner'), Type.Literal('technician')]),
});
export type User = Static<typeof UserSchema>;

export const LoginBodySchema = Type.Object(
  { email: Type.String({ format: 'email', maxLength: 320 }), password: Type.String({ minLength: 1, maxLength: 1024 }) },
  { additionalProperties: false },
);
export type LoginBody = Static<typeof LoginBodySchema>;

export const SetupBodySchema = Type.Object(
  {
    token: Type.String({ minLength: 16, maxLength: 256 }),
    email: Type.String({ format: 'email', maxLength: 320 }),
    password: Type.String({ minLength: 10, maxLength: 1024 }),
  },
  { additionalProperties: false },
);
export type SetupBody = Static<typeof SetupBodySchema>;

export const SessionSchema = Type.Object({ token: Type.String(), user: UserSchema });
export type Session = Static<typeof SessionSchema>;

export const SetupStatusSchema = Type.Object({ needs_setup: Type.Boolean() });
