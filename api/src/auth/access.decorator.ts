import { applyDecorators } from '@nestjs/common';
import { ApiCookieAuth, ApiExtension, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { SESSION_COOKIE, type Role } from '@careerscope/shared';
import { ApiErrorDto } from '../common/errors/api-error.dto';
import { Roles } from './roles.decorator';

/**
 * `@Roles(...)` plus its OpenAPI description: the session cookie, who may call it (`x-roles`), and the
 * 401/403 answers. Without roles: any signed-in user.
 */
export function Access(...roles: Role[]) {
  const allowed = roles.length > 0 ? roles : ['editor', 'admin'];
  return applyDecorators(
    ...(roles.length > 0 ? [Roles(...roles)] : []),
    ApiCookieAuth(SESSION_COOKIE),
    ApiExtension('x-roles', allowed),
    ApiUnauthorizedResponse({ description: 'Not signed in, or the session has ended', type: ApiErrorDto }),
    ApiForbiddenResponse({
      description: `Missing or wrong X-XSRF-TOKEN on a state-changing request${
        roles.length > 0 ? `, or the role is not ${roles.join(' or ')}` : ''
      }`,
      type: ApiErrorDto,
    }),
  );
}
