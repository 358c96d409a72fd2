import { HttpException, HttpStatus } from '@nestjs/common';

/** 429 with a Retry-After header (set by ApiExceptionFilter), so a client can say how long to wait. */
export class TooManyRequestsException extends HttpException {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message, HttpStatus.TOO_MANY_REQUESTS);
  }
}
