import { BadRequestException, ConflictException } from '@nestjs/common';
import { UserEntity } from './user.entity';
import { toUserRecord } from './user.views';

// Changes to accounts take this transaction-scoped lock, so two admins demoting each other at the
// same moment cannot both pass the last-admin check.
export const USERS_LOCK = 72_100_002;

export function staleVersion(user: UserEntity): ConflictException {
  return new ConflictException({
    message: `Someone else changed this user (now version ${user.version}); review their change and try again`,
    current: toUserRecord(user),
  });
}

export function fieldError(field: string, message: string): BadRequestException {
  return new BadRequestException({ message, fields: [{ field, message }] });
}
