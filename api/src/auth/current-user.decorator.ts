import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { SessionUser } from '@careerscope/shared';
import type { ChangeContext } from '../users/users.service';

/** The signed-in user (set by the global session guard). */
export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): SessionUser =>
    context.switchToHttp().getRequest<Request & { user: SessionUser }>().user,
);

/** Who is making this request and from where, for the audit log. */
export const ChangeContextOf = createParamDecorator(
  (_data: unknown, context: ExecutionContext): ChangeContext => {
    const request = context.switchToHttp().getRequest<Request & { user: SessionUser }>();
    return { actor: { id: request.user.id, email: request.user.email }, ip: request.ip ?? null };
  },
);
