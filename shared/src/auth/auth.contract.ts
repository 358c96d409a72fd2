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
  /** The account signs in with a TOTP code as well as the password. */
  twoFactorEnabled: boolean;
  /**
   * True when this user must set up a second factor before doing anything else (an admin while
   * REQUIRE_ADMIN_2FA=true): every route but `/api/auth/*` answers 403 `two_factor_enrollment_required`.
   */
  twoFactorRequired: boolean;
}

/** Name of the httpOnly cookie that carries the session. */
export const SESSION_COOKIE = 'careerscope_session';
/**
 * httpOnly cookie a browser gets when it signs in: its failed sign-ins for that email are counted
 * apart, so others failing for the same email cannot make it wait.
 */
export const DEVICE_COOKIE = 'careerscope_device';
/**
 * CSRF protection is a double-submit token: the API sets this readable cookie and expects its value
 * back in the header on every state-changing request (Angular's HttpClient does this by default).
 */
export const CSRF_COOKIE = 'XSRF-TOKEN';
export const CSRF_HEADER = 'X-XSRF-TOKEN';

/** `POST /api/auth/password`: change your own password. */
export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

/** `POST /api/auth/totp/setup`: a new secret to add to an authenticator app (not active until confirmed). */
export interface TotpSetupResponse {
  /** Base32, for typing in by hand. */
  secret: string;
  /** `otpauth://totp/…`, for a QR code. */
  otpauthUri: string;
  /**
   * The otpauth URI as a QR code, drawn on the server: `data:image/svg+xml;base64,…`, ready for an
   * `<img src>` (an image, so nothing in it can run as script in the admin).
   */
  qrCodeDataUrl: string;
}

/** `POST /api/auth/totp/confirm`: the first code from the app switches the second factor on. */
export interface TotpConfirmRequest {
  code: string;
}

/** `POST /api/auth/totp/disable`: switching the second factor off needs the password. */
export interface TotpDisableRequest {
  password: string;
}

/** Passwords: at least this long, not the email, not a common password. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

/**
 * Machine-readable `error` codes of the auth and user endpoints, beyond the status-derived ones.
 * - `totp_required` (401): the password was right; send `totp` too (missing or wrong code; see `fields`).
 * - `two_factor_enrollment_required` (403): admins must set up a second factor first (REQUIRE_ADMIN_2FA).
 * - `last_admin` (409): the change would leave no active admin.
 */
export const AUTH_ERROR_CODES = {
  totpRequired: 'totp_required',
  twoFactorEnrollmentRequired: 'two_factor_enrollment_required',
  lastAdmin: 'last_admin',
} as const;
