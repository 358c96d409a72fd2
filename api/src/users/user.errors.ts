import { BadRequestException } from '@nestjs/common';
import { StaleVersionException } from '../common/errors/stale-version.exception';
import { UserEntity } from './user.entity';
import { toUserRecord } from './user.views';

// Changes to accounts take this transaction-scoped lock, so two admins demoting each other at the
// same moment cannot both pass the last-admin check.
export const USERS_LOCK = 72_100_002;

export function staleVersion(user: UserEntity, sentVersion: number): StaleVersionException {
  return new StaleVersionException('user', sentVersion, toUserRecord(user));
}

export function fieldError(field: string, message: string): BadRequestException {
  return new BadRequestException({ message, fields: [{ field, message }] });
}
