import { HttpErrorResponse } from '@angular/common/http';
import type { ApiErrorBody } from '@careerscope/shared';

/** A failed API call, carrying the API's one error shape (or one built for network failures). */
export class ApiError extends Error {
  constructor(readonly body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiError';
  }

  get status(): number {
    return this.body.statusCode;
  }
}

function isApiErrorBody(value: unknown): value is ApiErrorBody {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const body = value as Partial<ApiErrorBody>;
  return (
    typeof body.statusCode === 'number' && typeof body.error === 'string' && typeof body.message === 'string'
  );
}

/** Turns whatever HttpClient threw into an ApiError; anything else (a bug) passes through. */
export function toApiError(error: unknown): unknown {
  if (!(error instanceof HttpErrorResponse)) {
    return error;
  }
  if (isApiErrorBody(error.error)) {
    return new ApiError(error.error);
  }
  // No usable body: the API is down, a proxy answered, or the network failed (status 0).
  return new ApiError({
    statusCode: error.status,
    error: error.status === 0 ? 'network_error' : 'http_error',
    message: error.message,
  });
}
