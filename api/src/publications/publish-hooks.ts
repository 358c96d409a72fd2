import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PublicSnapshot } from './public-snapshot';
import type { PublicationEntity } from './publication.entity';

/**
 * Runs inside the publish transaction: what it writes commits with the publication, or not at all.
 * `snapshot` is what the publication holds, as stored.
 */
export type PublishHook = (
  manager: EntityManager,
  publication: PublicationEntity,
  snapshot: PublicSnapshot,
) => Promise<void>;

/**
 * Lets other features act on every new publication (a publish or a rollback) without the publishing
 * code knowing them: the change summary and the webhook deliveries are written this way.
 */
@Injectable()
export class PublishHooks {
  private readonly hooks: PublishHook[] = [];

  register(hook: PublishHook): void {
    this.hooks.push(hook);
  }

  async run(manager: EntityManager, publication: PublicationEntity, snapshot: PublicSnapshot): Promise<void> {
    for (const hook of this.hooks) await hook(manager, publication, snapshot);
  }
}
