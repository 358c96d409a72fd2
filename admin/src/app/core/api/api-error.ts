import { HttpErrorResponse } from '@angular/common/http';
import type { ApiErrorBody, FieldError, RecordDependents } from '@careerscope/shared';

/** Status the browser reports when no answer came back at all (offline, DNS, aborted). */
export const NETWORK_ERROR_STATUS = 0;

interface ApiErrorInit {
  status: number;
  code: string;
  message: string;
  fields?: readonly FieldError[];
  current?: unknown;
  dependents?: readonly RecordDependents[];
  fromApi?: boolean;
  retryAfterSeconds?: number | null;
}

/**
 * Every failed API call reaches the app as this one type, built from the API's `ApiErrorBody`
 * when it sent one, so pages never inspect `HttpErrorResponse` themselves.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  /** The API's machine-readable code (`validation_failed`, `unauthorized`, …), or `http_<status>`. */
  readonly code: string;
  readonly fields: readonly FieldError[];
  /** On 409: the record as it is now on the server. */
  readonly current: unknown;
  /** On 409 for a delete: the records that still refer to this one. */
  readonly dependents: readonly RecordDependents[];
  /** Whether the message is the API's own words (an `ApiErrorBody`) rather than a generic fallback. */
  readonly fromApi: boolean;
  /** On 429: how long to wait before trying again, from the `Retry-After` header (null when absent). */
  readonly retryAfterSeconds: number | null;

  constructor(init: ApiErrorInit) {
    super(init.message);
    this.status = init.status;
    this.code = init.code;
    this.fields = init.fields ?? [];
    this.current = init.current;
    this.dependents = init.dependents ?? [];
    this.fromApi = init.fromApi ?? false;
    this.retryAfterSeconds = init.retryAfterSeconds ?? null;
  }

  /** The server's messages about one field (its dotted path, as the API names it). */
  /** A stale save or delete: someone else saved the record since this edit started. */
  get isConflict(): boolean {
    return this.status === 409 && this.current !== undefined && this.current !== null;
  }

  messagesFor(field: string): string[] {
    return this.fields.filter((f) => f.field === field).map((f) => f.message);
  }

  static fromHttpError(response: HttpErrorResponse): ApiError {
    if (response.status === NETWORK_ERROR_STATUS) {
      return new ApiError({
        status: NETWORK_ERROR_STATUS,
        code: 'network_error',
        message: 'Cannot reach the server. Check your connection and try again.',
      });
    }
    const body: unknown = response.error;
    const retryAfterSeconds = parseRetryAfter(response.headers?.get('Retry-After') ?? null);
    if (isApiErrorBody(body)) {
      return new ApiError({
        status: response.status,
        code: body.error,
        message: body.message,
        fields: (body.fields ?? []).filter(isFieldError),
        current: body.current,
        dependents: Array.isArray(body.dependents) ? body.dependents : [],
        fromApi: true,
        retryAfterSeconds,
      });
    }
    // A proxy's HTML page, an empty body, or anything else that is not the API's error shape.
    return new ApiError({
      status: response.status,
      code: `http_${response.status}`,
      message: fallbackMessage(response.status),
      retryAfterSeconds,
    });
  }
}

/** `Retry-After` is either a number of seconds or an HTTP date. */
function parseRetryAfter(value: string | null): number | null {
  if (value === null || value.trim() === '') {
    return null;
  }
  if (/^\d+$/.test(value.trim())) {
    return Number(value.trim());
  }
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}

function isApiErrorBody(value: unknown): value is ApiErrorBody {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const candidate = value as Partial<Record<keyof ApiErrorBody, unknown>>;
  return (
    typeof candidate.error === 'string' &&
    typeof candidate.message === 'string' &&
    (candidate.fields === undefined || Array.isArray(candidate.fields))
  );
}

function isFieldError(value: unknown): value is FieldError {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const candidate = value as Partial<Record<keyof FieldError, unknown>>;
  return typeof candidate.field === 'string' && typeof candidate.message === 'string';
}

function fallbackMessage(status: number): string {
  switch (status) {
    case 401:
      return 'Your session has ended. Sign in again.';
    case 403:
      return 'You do not have permission to do that.';
    case 404:
      return 'Not found.';
    case 429:
      return 'Too many requests. Wait a moment and try again.';
    default:
      return status >= 500
        ? 'The server had a problem. Try again in a moment.'
        : `The request failed (HTTP ${status}).`;
  }
}
