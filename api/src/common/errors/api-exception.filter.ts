import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { QueryFailedError } from 'typeorm';
import type { ApiErrorBody, FieldError } from '@careerscope/shared';
import { describeConstraintViolation } from './constraint-messages';
import { TooManyRequestsException } from './too-many-requests.exception';

const CODES: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  422: 'validation_failed',
  423: 'locked',
  429: 'too_many_requests',
};

/** PostgreSQL error codes that mean the request, not the server, was wrong. */
const CLIENT_ERRORS: Record<string, { status: number; message: string }> = {
  '23505': { status: 409, message: 'A record with the same unique value already exists' },
  '23503': {
    status: 409,
    message: 'The record is referenced by other records, or refers to one that does not exist',
  },
  '23514': { status: 400, message: 'A value breaks a rule of the data' },
  '22P02': { status: 400, message: 'A value has the wrong format' },
  '22003': { status: 400, message: 'A number is out of range' },
  '22001': { status: 400, message: 'A value is too long' },
};

/** "1 MB", "100 kB": the body parsers' limits as people write them. */
function size(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} kB`;
}

/**
 * The errors of Express's body parsers (http-errors with a `type`), which reach the filter as they
 * are: a body over the limit, an unknown charset or content encoding, a broken stream.
 */
function bodyParserError(exception: unknown): ApiErrorBody | null {
  if (typeof exception !== 'object' || exception === null) return null;
  const error = exception as { type?: unknown; status?: unknown; limit?: unknown; charset?: unknown };
  if (typeof error.type !== 'string' || typeof error.status !== 'number') return null;
  const status = error.status;
  if (status < 400 || status >= 500) return null;
  const messages: Record<string, string> = {
    'entity.too.large':
      typeof error.limit === 'number'
        ? `The request body is too large (at most ${size(error.limit)})`
        : 'The request body is too large',
    'parameters.too.many': 'The form has too many fields',
    'charset.unsupported': `The charset ${typeof error.charset === 'string' ? `"${error.charset}" ` : ''}is not supported; send UTF-8`,
    'encoding.unsupported': 'The content encoding is not supported; send gzip, deflate, br or none',
    'entity.parse.failed': 'The request body is not valid JSON',
    'request.aborted': 'The request body was cut short',
    'request.size.invalid': 'The request body does not have the length it announced',
  };
  return {
    statusCode: status,
    error: CODES[status] ?? 'bad_request',
    message: messages[error.type] ?? 'The request body could not be read',
  };
}

/** One error shape for every failure: `{ statusCode, error, message, fields?, current? }`. */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const body = this.toBody(exception);
    if (body.statusCode >= 500) {
      this.logger.error(
        exception instanceof Error ? (exception.stack ?? exception.message) : String(exception),
      );
    }
    if (response.headersSent) return;
    if (exception instanceof TooManyRequestsException) {
      response.setHeader('Retry-After', String(exception.retryAfterSeconds));
    }
    response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): ApiErrorBody {
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const payload = exception.getResponse();
      const body: ApiErrorBody = {
        statusCode,
        error: CODES[statusCode] ?? (statusCode >= 500 ? 'server_error' : 'error'),
        message: exception.message,
      };
      if (typeof payload === 'object' && payload !== null) {
        const details = payload as {
          message?: unknown;
          fields?: FieldError[];
          current?: unknown;
          error?: string;
          /** A specific machine-readable code that replaces the status-derived one (e.g. `totp_required`). */
          code?: string;
          problems?: string[];
          dependents?: ApiErrorBody['dependents'];
        };
        if (typeof details.message === 'string') body.message = details.message;
        if (Array.isArray(details.fields)) {
          body.error = 'validation_failed';
          body.fields = details.fields;
        }
        if (Array.isArray(details.problems)) {
          body.fields = details.problems.map((problem) => ({ field: '', message: problem }));
        }
        if (details.current !== undefined) body.current = details.current;
        if (typeof details.code === 'string') body.error = details.code;
        if (Array.isArray(details.dependents)) body.dependents = details.dependents;
      }
      return body;
    }
    if (exception instanceof QueryFailedError) {
      const code = (exception as QueryFailedError & { code?: string }).code ?? '';
      const known = CLIENT_ERRORS[code];
      if (known) {
        const { table, detail, constraint } = exception as QueryFailedError & {
          table?: string;
          detail?: string;
          constraint?: string;
        };
        const problem = describeConstraintViolation(code, table, detail);
        if (problem) {
          return {
            statusCode: known.status,
            error: CODES[known.status],
            message: problem.message,
            ...(problem.fields.length > 0 ? { fields: problem.fields } : {}),
          };
        }
        return {
          statusCode: known.status,
          error: CODES[known.status],
          // A check constraint's name says which rule (wage_statistics_annual_order); a unique or
          // foreign key's name says nothing to the person who sent the request.
          message: constraint && known.status === 400 ? `${known.message} (${constraint})` : known.message,
        };
      }
    }
    const parserError = bodyParserError(exception);
    if (parserError) return parserError;
    if (
      exception instanceof SyntaxError &&
      'status' in exception &&
      (exception as { status: number }).status === 400
    ) {
      return { statusCode: 400, error: 'bad_request', message: 'The request body is not valid JSON' };
    }
    return {
      statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
      error: 'server_error',
      message: 'Something went wrong on our side',
    };
  }
}
