import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';

import { ApiError } from './api-error';

describe('ApiError.fromHttpError', () => {
  const tooMany = (retryAfter?: string) =>
    new HttpErrorResponse({
      status: 429,
      error: { statusCode: 429, error: 'too_many_requests', message: 'Too many attempts.' },
      headers: retryAfter === undefined ? new HttpHeaders() : new HttpHeaders({ 'Retry-After': retryAfter }),
    });

  it('reads Retry-After given in seconds', () => {
    expect(ApiError.fromHttpError(tooMany('42')).retryAfterSeconds).toBe(42);
  });

  it('reads Retry-After given as an HTTP date', () => {
    const inTwoMinutes = new Date(Date.now() + 120_000).toUTCString();
    const seconds = ApiError.fromHttpError(tooMany(inTwoMinutes)).retryAfterSeconds!;
    expect(seconds).toBeGreaterThan(110);
    expect(seconds).toBeLessThanOrEqual(120);
  });

  it('has no wait without the header, or with one it cannot read', () => {
    expect(ApiError.fromHttpError(tooMany()).retryAfterSeconds).toBeNull();
    expect(ApiError.fromHttpError(tooMany('soon')).retryAfterSeconds).toBeNull();
  });
});
