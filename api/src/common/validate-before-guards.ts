import { CanActivate, ExecutionContext, Injectable, Module, Type } from '@nestjs/common';
import { PARAMTYPES_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { APP_GUARD } from '@nestjs/core';
import type { Request } from 'express';
import { createValidationPipe } from './validation';

const VALIDATE_BEFORE_GUARDS = 'careerscope:validate-before-guards';

/**
 * On a DTO class: a body of this type is validated before the route's own guards run, not after
 * them as pipes are. For bodies a guard reads itself (Passport's local strategy reads the sign-in
 * credentials), so that a number or an array where a string belongs is a 400 with field errors
 * rather than a crash inside the guard.
 */
export function ValidateBeforeGuards(): ClassDecorator {
  return (target) => Reflect.defineMetadata(VALIDATE_BEFORE_GUARDS, true, target);
}

/** The handler's @Body() DTO class when it is marked with @ValidateBeforeGuards(). */
function markedBodyType(context: ExecutionContext): Type<object> | null {
  const controller = context.getClass();
  const method = context.getHandler().name;
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, method) ?? {}) as Record<
    string,
    { index: number }
  >;
  const types = (Reflect.getMetadata(PARAMTYPES_METADATA, controller.prototype, method) ?? []) as unknown[];
  for (const [key, arg] of Object.entries(args)) {
    if (key.split(':')[0] !== String(RouteParamtypes.BODY)) continue;
    const type = types[arg.index];
    if (typeof type === 'function' && Reflect.getMetadata(VALIDATE_BEFORE_GUARDS, type) === true) {
      return type as Type<object>;
    }
  }
  return null;
}

/**
 * Global, after the session guards (its module is imported after AuthModule) and before any
 * route guard: validates a marked body with the same rules and error shape as the global pipe.
 */
@Injectable()
export class ValidateBeforeGuardsGuard implements CanActivate {
  private readonly pipe = createValidationPipe();

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const metatype = markedBodyType(context);
    if (metatype) {
      const request = context.switchToHttp().getRequest<Request>();
      await this.pipe.transform(request.body, { type: 'body', metatype });
    }
    return true;
  }
}

@Module({ providers: [{ provide: APP_GUARD, useClass: ValidateBeforeGuardsGuard }] })
export class ValidateBeforeGuardsModule {}
