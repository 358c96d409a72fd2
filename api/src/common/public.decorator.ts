import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'isPublic';

/** The only way to open a route to anonymous visitors: every other route needs a signed-in user. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
