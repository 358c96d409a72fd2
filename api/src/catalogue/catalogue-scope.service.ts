import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  DEFAULT_CATALOGUE_SCOPE,
  type CatalogueScope,
  type CatalogueScopeView,
  type SessionUser,
} from '@careerscope/shared';
import { AuditService } from '../audit/audit.service';
import { StaleVersionException } from '../common/errors/stale-version.exception';
import { CatalogueScopeEntity } from './catalogue-scope.entity';
import type { UpdateCatalogueScopeDto } from './dto/catalogue-scope.dto';

function toView(scope: CatalogueScopeEntity): CatalogueScopeView {
  return {
    majorGroups: scope.majorGroups,
    socCodes: scope.socCodes,
    version: scope.version,
    updatedAt: scope.updatedAt.toISOString(),
  };
}

/** The catalogue's scope: one row, created with the default (healthcare) on first use. */
@Injectable()
export class CatalogueScopeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async get(manager: EntityManager = this.dataSource.manager): Promise<CatalogueScope> {
    const scope = await this.row(manager);
    return { majorGroups: scope.majorGroups, socCodes: scope.socCodes };
  }

  async view(): Promise<CatalogueScopeView> {
    return toView(await this.row(this.dataSource.manager));
  }

  async update(
    input: UpdateCatalogueScopeDto,
    user: SessionUser,
    ip: string | null,
  ): Promise<CatalogueScopeView> {
    return this.dataSource.transaction(async (manager) => {
      await this.row(manager);
      const scope = await manager.findOneOrFail(CatalogueScopeEntity, {
        where: { singleton: true },
        lock: { mode: 'pessimistic_write' },
      });
      if (scope.version !== input.version) {
        throw new StaleVersionException('catalogue scope', input.version, toView(scope));
      }
      const before = { majorGroups: scope.majorGroups, socCodes: scope.socCodes };
      scope.majorGroups = [...new Set(input.majorGroups)].sort();
      scope.socCodes = [...new Set(input.socCodes)].sort();
      const saved = await manager.save(scope);
      await this.audit.record(
        {
          type: 'catalogue.scope_changed',
          actor: { id: user.id, email: user.email },
          subjectType: 'catalogue',
          subjectId: saved.id,
          ip,
          details: { before, after: { majorGroups: saved.majorGroups, socCodes: saved.socCodes } },
        },
        manager,
      );
      return toView(saved);
    });
  }

  private async row(manager: EntityManager): Promise<CatalogueScopeEntity> {
    const found = await manager.findOneBy(CatalogueScopeEntity, { singleton: true });
    if (found) return found;
    await manager
      .createQueryBuilder()
      .insert()
      .into(CatalogueScopeEntity)
      .values({ singleton: true, ...DEFAULT_CATALOGUE_SCOPE })
      .orIgnore()
      .execute();
    return manager.findOneByOrFail(CatalogueScopeEntity, { singleton: true });
  }
}
