import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { SessionUser } from '@careerscope/shared';
import type { ChangeContext } from '../users/users.service';

/** A request the global session guard let through. */
export type SessionRequest = Request & { user: SessionUser; sessionId: string };

/** The signed-in user (set by the global session guard). */
export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): SessionUser =>
    context.switchToHttp().getRequest<SessionRequest>().user,
);

/** The id of the server-side session the request came with. */
export const CurrentSessionId = createParamDecorator(
  (_data: unknown, context: ExecutionContext): string =>
    context.switchToHttp().getRequest<SessionRequest>().sessionId,
);

/** Who is making this request and from where, for the audit log. */
export const ChangeContextOf = createParamDecorator(
  (_data: unknown, context: ExecutionContext): ChangeContext => {
    const request = context.switchToHttp().getRequest<SessionRequest>();
    return { actor: { id: request.user.id, email: request.user.email }, ip: request.ip ?? null };
  },
);
