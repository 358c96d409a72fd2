import { SetMetadata } from '@nestjs/common';

export const ALLOW_PENDING_TWO_FACTOR = 'allowPendingTwoFactor';

/** Routes an admin who still has to set up a second factor may use (sign-out, me, enrollment, password). */
export const AllowPendingTwoFactor = () => SetMetadata(ALLOW_PENDING_TWO_FACTOR, true);
