import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';

export const IS_PUBLIC = 'isPublic';

/** Marks a public operation in the OpenAPI document; `requireSessionByDefault` turns it into `security: []`. */
export const OPENAPI_PUBLIC = 'x-public';

/**
 * The only way to open a route to anonymous visitors: every other route needs a signed-in user,
 * and the OpenAPI document says so.
 */
export const Public = () => applyDecorators(SetMetadata(IS_PUBLIC, true), ApiExtension(OPENAPI_PUBLIC, true));
