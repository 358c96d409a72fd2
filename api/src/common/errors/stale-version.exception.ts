import { ConflictException } from '@nestjs/common';

/**
 * 409: what the client sent a version of changed since the client read it. `current` is it as it is
 * now (null when it is gone), so the admin can show both versions; nothing was written. Every
 * versioned write (records, users, scheduled publishes, imports, the catalogue scope) answers a stale
 * version with this one shape: `{ message, current }`.
 */
export class StaleVersionException extends ConflictException {
  constructor(label: string, sentVersion: number, current: { version: number } | null) {
    super({
      message: current
        ? `This ${label} was saved by someone else since you opened it (you started from version ${sentVersion}, it is now at version ${current.version}). Nothing was changed.`
        : `This ${label} was deleted or changed since you opened it. Nothing was changed.`,
      current,
    });
  }
}
