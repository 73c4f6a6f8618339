import { Type, type Static } from '@sinclair/typebox';
import { UserSchema } from './users.schemas.js';

export const UserListItemSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  email: Type.String(),
  role: Type.Union([Type.Literal('owner'), Type.Literal('technician')]),
  created_at: Type.String({ format: 'date-time' }),
  /** Invited but has not chosen a password yet. */
  status: Type.Union([Type.Literal('active'), Type.Literal('invited')]),
  invite_expires_at: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});
export type UserListItem = Static<typeof UserListItemSchema>;

export const UserListSchema = Type.Object({ items: Type.Array(UserListItemSchema) });

export const InviteUserBodySchema = Type.Object(
  {
    email: Type.String({ format: 'email', maxLength: 320 }),
    // Everyone joins as a technician: making someone an owner is a separate, deliberate step
    // (PATCH /users/:id) once they have joined, so an invite link can never create an owner.
    role: Type.Literal('technician'),
  },
  { additionalProperties: false },
);
export type InviteUserBody = Static<typeof InviteUserBodySchema>;

export const ChangeRoleBodySchema = Type.Object(
  { role: Type.Union([Type.Literal('owner'), Type.Literal('technician')]) },
  { additionalProperties: false },
);
export type ChangeRoleBody = Static<typeof ChangeRoleBodySchema>;

export const InvitedUserSchema = Type.Object({
  user: UserListItemSchema,
  /** One-time link, shown once; the hub keeps only the hash of its token. */
  invite_url: Type.String(),
  invite_expires_at: Type.String({ format: 'date-time' }),
});
export type InvitedUser = Static<typeof InvitedUserSchema>;

export const AcceptInviteBodySchema = Type.Object(
  {
    token: Type.String({ minLength: 16, maxLength: 256 }),
    password: Type.String({ minLength: 10, maxLength: 1024 }),
  },
  { additionalProperties: false },
);
export type AcceptInviteBody = Static<typeof AcceptInviteBodySchema>;

export { UserSchema };
