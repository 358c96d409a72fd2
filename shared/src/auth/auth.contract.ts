import type { Role, UserStatus } from '../common/enums.js';

/** `POST /api/auth/login`. */
export interface LoginRequest {
  email: string;
  password: string;
  /** Six-digit code, when the account has a second factor. */
  totp?: string;
}

/** The signed-in user, as `GET /api/auth/me` and a successful sign-in return it. */
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  status: UserStatus;
}

/** Name of the httpOnly cookie that carries the session. */
export const SESSION_COOKIE = 'careerscope_session';
/**
 * CSRF protection is a double-submit token: the API sets this readable cookie and expects its value
 * back in the header on every state-changing request (Angular's HttpClient does this by default).
 */
export const CSRF_COOKIE = 'XSRF-TOKEN';
export const CSRF_HEADER = 'X-XSRF-TOKEN';
