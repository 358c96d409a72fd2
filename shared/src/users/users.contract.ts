import type { Role, UserStatus } from '../common/enums.js';
import type { ListQuery } from '../common/page.contract.js';

/** A user account as admins see it at `/api/users` (never the password hash or TOTP secret). */
export interface UserRecord {
  id: string;
  email: string;
  name: string;
  role: Role;
  status: UserStatus;
  version: number;
  twoFactorEnabled: boolean;
  /** Failed sign-ins for this email address in a row (forgotten a day after the last one). */
  failedSignIns: number;
  /**
   * Set while sign-in for this email address must wait after repeated failures (each further failure
   * doubles the wait); `POST /api/users/:id/unlock` lifts it.
   */
  lockedUntil: string | null;
  lastSignInAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** `POST /api/users`. */
export interface CreateUserRequest {
  email: string;
  name: string;
  role: Role;
  password: string;
}

/** `PATCH /api/users/:id`: the version the edit started from, and the fields that change. */
export interface UpdateUserRequest {
  version: number;
  email?: string;
  name?: string;
  role?: Role;
  status?: UserStatus;
}

/** `POST /api/users/:id/password`: an admin sets a new password (the user's sessions end). */
export interface ResetPasswordRequest {
  version: number;
  password: string;
}

/** `POST /api/users/:id/unlock` and `POST /api/users/:id/reset-two-factor`. */
export interface VersionedRequest {
  version: number;
}

export const USER_SORT_FIELDS = ['email', 'name', 'role', 'status', 'createdAt', 'lastSignInAt'] as const;
export type UserSortField = (typeof USER_SORT_FIELDS)[number];

/** `GET /api/users`. */
export interface UserListQuery extends ListQuery {
  role?: Role;
  status?: UserStatus;
}
