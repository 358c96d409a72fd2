import { Injectable, OnModuleInit, Type } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import {
  DataSource,
  EntityManager,
  EntityMetadata,
  FindOptionsOrder,
  FindOptionsRelations,
  FindOptionsWhere,
  ILike,
  In,
} from 'typeorm';
import type {
  DeletedRecord,
  EditableRecord,
  FieldError,
  Page,
  RecordType,
  RevisionRecord,
} from '@careerscope/shared';
import { AuditService } from '../../audit/audit.service';
import { EditableEntity } from '../../database/base.entity';
import { changedFields } from '../../revisions/revision.mapper';
import { RevisionsService } from '../../revisions/revisions.service';
import { containsPattern } from '../sql/like-pattern';
import { stableJson } from '../stable-json';
import { flatten } from '../validation';
import {
  blockingDependents,
  Describe,
  IncomingReference,
  incomingReferences,
  quoteTable,
} from './dependents';
import { EditorialRegistry, RegisteredRecordService } from './editorial-registry';
import { InvalidFieldsException, RecordInUseException, RecordNotFoundException } from './editorial.errors';
import { StaleVersionException } from '../errors/stale-version.exception';
import type { ListQueryBase } from './list-query.dto';

type Values = Record<string, unknown>;
export type ListQueryOf = ListQueryBase<string> & Record<string, unknown>;

/** What the generic controller calls; method syntax keeps the feature services' narrower inputs assignable. */
export interface EditorialOperations {
  list(query: ListQueryOf): Promise<Page<EditableRecord>>;
  get(id: string): Promise<EditableRecord>;
  create(input: object, userId: string | null): Promise<EditableRecord>;
  update(id: string, patch: object & { version: number }, userId: string | null): Promise<EditableRecord>;
  remove(id: string, version: number, userId: string | null): Promise<DeletedRecord>;
  history(id: string, page: number, pageSize: number): Promise<Page<RevisionRecord>>;
  restore(id: string, revisionId: string, version: number, userId: string | null): Promise<EditableRecord>;
}

/** The services every editable record type needs; one injectable so feature services need no constructor. */
@Injectable()
export class EditorialContext {
  constructor(
    readonly dataSource: DataSource,
    readonly revisions: RevisionsService,
    readonly registry: EditorialRegistry,
    readonly audit: AuditService,
  ) {}
}

/** See `EditableRecordService.createIn`. */
export interface CreateOptions {
  columns?: Values;
  audited?: boolean;
}

/** A list of ids in the create request that names other records (checked to exist, then written). */
export interface ReferenceList<TCreate> {
  field: keyof TCreate & string;
  target: Type<EditableEntity>;
  /** The entity's many-to-many relation the ids are written to; without it the feature writes them. */
  relation?: string;
}

export interface EditableRecordConfig<TEntity extends EditableEntity, TCreate extends object> {
  recordType: RecordType;
  entity: Type<TEntity>;
  /** Singular, for messages: "wage statistic". */
  label: string;
  createDto: Type<TCreate>;
  /** Values of the fields a create may leave out. */
  defaults: Partial<TCreate>;
  /** Sort used when the query names none. */
  defaultSort: string;
  /** Text columns `q` searches (case-insensitive substring). */
  search: readonly (keyof TEntity & string)[];
  /** Relations to load for `toRecord`. */
  relations?: FindOptionsRelations<TEntity>;
  /** Further relations `title` needs to name a record (its school, its occupation). */
  titleRelations?: FindOptionsRelations<TEntity>;
  lists?: readonly ReferenceList<TCreate>[];
}

/** `-field` → descending. */
export function parseSort(sort: string): { field: string; direction: 'ASC' | 'DESC' } {
  return sort.startsWith('-')
    ? { field: sort.slice(1), direction: 'DESC' }
    : { field: sort, direction: 'ASC' };
}

/** The create fields of a record: what a restore or a merged update starts from. */
export function inputOf(record: object): Values {
  const {
    id: _id,
    version: _version,
    createdAt: _createdAt,
    updatedAt: _updatedAt,
    ...rest
  } = record as Values;
  return rest;
}

/** The filters of a list query: every given field except paging, sorting and search. */
export function filtersOf(query: Values): Values {
  const { page: _page, pageSize: _pageSize, sort: _sort, q: _q, ...rest } = query;
  return Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined));
}

/**
 * The generic editorial behaviour of one record type: paginated lists with whitelisted sort and
 * filters, reads, creates, optimistic-locked updates and deletes, dependency-aware deletes, and a
 * revision for every change written in the same transaction. A feature service gives its
 * configuration, its `toRecord` mapper and, where needed, cross-field rules and relation writes.
 */
@Injectable()
export abstract class EditableRecordService<
  TEntity extends EditableEntity,
  TRecord extends EditableRecord,
  TCreate extends object,
>
  implements OnModuleInit, RegisteredRecordService, EditorialOperations
{
  protected abstract readonly config: EditableRecordConfig<TEntity, TCreate>;

  /** The record as the API serves it; entities never leave the API. */
  abstract toRecord(entity: TEntity): TRecord;

  private incoming?: IncomingReference[];

  constructor(protected readonly editorial: EditorialContext) {}

  get recordType(): RecordType {
    return this.config.recordType;
  }

  get label(): string {
    return this.config.label;
  }

  onModuleInit(): void {
    this.editorial.registry.register(this.config.entity, this);
  }

  /** How people name these records, by id, for messages that point at them. */
  async describe(manager: EntityManager, ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const entities = await manager.find(this.config.entity, {
      where: { id: In(ids) } as FindOptionsWhere<TEntity>,
      relations: { ...this.config.relations, ...this.config.titleRelations } as FindOptionsRelations<TEntity>,
    });
    return new Map(entities.map((entity) => [entity.id, this.title(entity)]));
  }

  /**
   * A record's name for people: its title, name, label or citation. Record types without a name of
   * their own override it ("Medical Assistant Diploma at Pima Medical Institute").
   */
  protected title(entity: TEntity): string {
    const record = this.toRecord(entity) as unknown as Values;
    for (const field of ['title', 'name', 'label', 'citation', 'key', 'slug']) {
      const value = record[field];
      if (typeof value === 'string' && value.trim() !== '') return value;
    }
    return entity.id;
  }

  /** Rules across fields that no single-field decorator expresses; empty by default. */
  protected crossFieldProblems(_input: TCreate): FieldError[] {
    return [];
  }

  /** Writes list fields that are not plain many-to-many relations (e.g. ordered columns). */
  protected async writeLists(_manager: EntityManager, _id: string, _input: TCreate): Promise<void> {}

  protected get metadata(): EntityMetadata {
    return this.editorial.dataSource.getMetadata(this.config.entity);
  }

  async list(query: ListQueryOf): Promise<Page<TRecord>> {
    const { page, pageSize } = query;
    const filters = filtersOf(query) as FindOptionsWhere<TEntity>;
    const where = query.q
      ? this.config.search.map((field) => ({
          ...filters,
          [field]: ILike(containsPattern(query.q as string)),
        }))
      : filters;
    const { field, direction } = parseSort(query.sort ?? this.config.defaultSort);
    const [entities, total] = await this.editorial.dataSource.getRepository(this.config.entity).findAndCount({
      where: where as FindOptionsWhere<TEntity>[],
      order: { [field]: direction, id: 'ASC' } as FindOptionsOrder<TEntity>,
      relations: this.config.relations,
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    return { items: entities.map((entity) => this.toRecord(entity)), total, page, pageSize };
  }

  async get(id: string): Promise<TRecord> {
    const entity = await this.load(this.editorial.dataSource.manager, id);
    if (!entity) throw new RecordNotFoundException(this.config.label, id);
    return this.toRecord(entity);
  }

  create(input: TCreate, userId: string | null): Promise<TRecord> {
    return this.editorial.dataSource.transaction((manager) => this.createIn(manager, input, userId));
  }

  /**
   * A create inside the caller's transaction, checked and revised as an editor's save is: the
   * content import writes every record through here. `columns` are further columns no editor
   * writes (figures a public file gave, such as a school's IPEDS prices), stored with the record and
   * in its revision; `audited: false` leaves the audit entry to the caller (one for a whole import).
   */
  async createIn(
    manager: EntityManager,
    input: TCreate,
    userId: string | null,
    { columns = {}, audited = true }: CreateOptions = {},
  ): Promise<TRecord> {
    const values = await this.complete(manager, { ...this.config.defaults, ...input }, null);
    const result = await manager.insert(this.config.entity, { ...this.columns(values), ...columns } as never);
    const id = String(result.identifiers[0].id);
    await this.writeAllLists(manager, id, values, null);
    const record = await this.required(manager, id);
    const revisionId = await this.revise(manager, id, record.version, 'create', userId, null, record);
    if (audited) {
      await this.audit(manager, 'record.created', id, userId, { version: record.version, revisionId });
    }
    return record;
  }

  /**
   * Saves a person's change; `fromSource` marks a refresh from the record's public source (IPEDS)
   * rather than an edit by hand, which `handEditedColumns` tells apart.
   */
  update(
    id: string,
    patch: Partial<TCreate> & { version: number },
    userId: string | null,
    options: { fromSource?: boolean } = {},
  ): Promise<TRecord> {
    return this.editorial.dataSource.transaction((manager) =>
      this.updateIn(manager, id, patch, userId, options),
    );
  }

  /** See `update`: the same save, inside the caller's transaction. */
  async updateIn(
    manager: EntityManager,
    id: string,
    patch: Partial<TCreate> & { version: number },
    userId: string | null,
    options: { fromSource?: boolean } = {},
  ): Promise<TRecord> {
    const before = await this.lockAtVersion(manager, id, patch.version);
    const { version: _version, ...changes } = patch;
    const values = await this.complete(manager, { ...inputOf(before), ...changes }, id);
    // Saving what is already there changes nothing: no new version, no revision, no pending change.
    if (this.unchanged(before, values)) return before;
    const extra = this.handEditedColumns(before, values, options.fromSource ? 'source' : 'person');
    return this.overwrite(manager, id, before, values, 'update', userId, { extra });
  }

  /**
   * Further columns a save writes beside the record's fields; none by default. Records refreshed
   * from a public file name the fields a person changed, which the next refresh keeps; a refresh a
   * person asks for (`source`) takes the source's values back and drops those marks.
   */
  protected handEditedColumns(_before: TRecord, _values: TCreate, _by: 'person' | 'source'): Values {
    return {};
  }

  /** The fields of a completed input whose value differs from the record's. */
  protected changedFields(before: TRecord, values: TCreate): string[] {
    const current = before as unknown as Values;
    return Object.entries(values as Values)
      .filter(([field, value]) => value !== undefined && stableJson(value) !== stableJson(current[field]))
      .map(([field]) => field);
  }

  remove(id: string, version: number, userId: string | null): Promise<DeletedRecord> {
    return this.editorial.dataSource.transaction(async (manager) => {
      const before = await this.lockAtVersion(manager, id, version);
      const dependents = await blockingDependents(
        manager,
        this.incomingReferences(),
        [id],
        (metadata) => this.typeName(metadata),
        this.describer(manager),
      );
      if (dependents.length > 0) throw new RecordInUseException(this.config.label, dependents, this.labels());
      // Named before it goes: the audit entry keeps the name.
      const title = (await this.describe(manager, [id])).get(id) ?? null;
      await this.recordCascades(manager, [id], userId);
      await manager.delete(this.config.entity, { id } as FindOptionsWhere<TEntity>);
      const revisionId = await this.revise(manager, id, version + 1, 'delete', userId, before, null);
      await this.audit(manager, 'record.deleted', id, userId, { version: version + 1, revisionId, title });
      return { id, version: version + 1, revisionId };
    });
  }

  async history(id: string, page: number, pageSize: number): Promise<Page<RevisionRecord>> {
    const revisions = await this.editorial.revisions.list(this.config.recordType, id, page, pageSize);
    if (revisions.total === 0 && !(await this.exists(this.editorial.dataSource.manager, id))) {
      throw new RecordNotFoundException(this.config.label, id);
    }
    return revisions;
  }

  /**
   * Brings a record back to the state a revision saved (for a deletion, the state before it); a
   * deleted record is recreated with its id. Itself a new revision.
   */
  restore(id: string, revisionId: string, version: number, userId: string | null): Promise<TRecord> {
    return this.editorial.dataSource.transaction(async (manager) => {
      const revision = await this.editorial.revisions.find(manager, this.config.recordType, id, revisionId);
      if (!revision) throw new RecordNotFoundException(`revision of this ${this.config.label}`, revisionId);
      const snapshot = revision.after ?? revision.before ?? {};
      // The version the record goes back to: the one this revision saved, or the last before a deletion.
      const restoredVersion = revision.after ? revision.version : revision.version - 1;
      if (await this.exists(manager, id)) {
        const before = await this.lockAtVersion(manager, id, version);
        const values = await this.complete(manager, inputOf(snapshot), id);
        // Restoring what the record already holds changes nothing, as saving it unchanged does.
        if (this.unchanged(before, values)) return before;
        return this.overwrite(manager, id, before, values, 'restore', userId, { restoredVersion });
      }
      const latest = await this.editorial.revisions.latest(manager, this.config.recordType, id);
      if (!latest || latest.action !== 'delete') throw new RecordNotFoundException(this.config.label, id);
      if (latest.version !== version) throw new StaleVersionException(this.config.label, version, null);
      const values = await this.complete(manager, inputOf(snapshot), null);
      const createdAt = typeof snapshot.createdAt === 'string' ? new Date(snapshot.createdAt) : undefined;
      await manager.insert(this.config.entity, {
        ...this.columns(values),
        id,
        version: version + 1,
        createdAt,
      } as never);
      await this.writeAllLists(manager, id, values, null);
      const record = await this.required(manager, id);
      const written = await this.revise(manager, id, record.version, 'restore', userId, null, record);
      await this.audit(manager, 'record.restored', id, userId, {
        version: record.version,
        revisionId: written,
        restoredVersion,
      });
      return record;
    });
  }

  /** See RegisteredRecordService: the parent's delete cascades to these records. */
  async recordCascadedDelete(manager: EntityManager, ids: string[], userId: string | null): Promise<void> {
    if (ids.length === 0) return;
    await this.recordCascades(manager, ids, userId);
    const entities = await manager.find(this.config.entity, {
      where: { id: In(ids) } as FindOptionsWhere<TEntity>,
      relations: this.config.relations,
    });
    for (const entity of entities) {
      const record = this.toRecord(entity);
      await this.revise(manager, record.id, record.version + 1, 'delete', userId, record, null);
    }
  }

  // ----- the steps -----

  private async overwrite(
    manager: EntityManager,
    id: string,
    before: TRecord,
    values: TCreate,
    action: 'update' | 'restore',
    userId: string | null,
    { restoredVersion, extra = {} }: { restoredVersion?: number; extra?: Values } = {},
  ): Promise<TRecord> {
    const result = await manager.update(
      this.config.entity,
      { id, version: before.version } as FindOptionsWhere<TEntity>,
      { ...this.columns(values), ...extra } as never,
    );
    // The row is locked, so this cannot miss; the version condition keeps the write honest regardless.
    if (result.affected !== 1) throw new StaleVersionException(this.config.label, before.version, null);
    await this.writeAllLists(manager, id, values, before);
    const after = await this.required(manager, id);
    const revisionId = await this.revise(manager, id, after.version, action, userId, before, after);
    const fields = changedFields(
      before as unknown as Record<string, unknown>,
      after as unknown as Record<string, unknown>,
    );
    await this.audit(manager, action === 'update' ? 'record.updated' : 'record.restored', id, userId, {
      version: after.version,
      revisionId,
      fields,
      ...(restoredVersion === undefined ? {} : { restoredVersion }),
    });
    return after;
  }

  /**
   * One audit entry for a save people made (cascaded deletes are part of their parent's entry),
   * with the record's name at the time.
   */
  private async audit(
    manager: EntityManager,
    type: 'record.created' | 'record.updated' | 'record.deleted' | 'record.restored',
    id: string,
    userId: string | null,
    details: Record<string, unknown>,
  ): Promise<void> {
    const title = details.title ?? (await this.describe(manager, [id])).get(id) ?? null;
    await this.editorial.audit.record(
      {
        type,
        actor: userId ? { id: userId } : null,
        subjectType: this.config.recordType,
        subjectId: id,
        details: { ...details, title },
      },
      manager,
    );
  }

  /**
   * Locks the row for the rest of the transaction, then compares versions: concurrent saves of one
   * record queue on the lock, and every one after the first sees a newer version and gets a 409.
   */
  private async lockAtVersion(manager: EntityManager, id: string, version: number): Promise<TRecord> {
    const rows: { version: number }[] = await manager.query(
      `SELECT version FROM ${quoteTable(this.metadata.tablePath)} WHERE id = $1 FOR UPDATE`,
      [id],
    );
    if (rows.length === 0) throw new RecordNotFoundException(this.config.label, id);
    const current = await this.required(manager, id);
    if (rows[0].version !== version) {
      throw new StaleVersionException(this.config.label, version, current);
    }
    return current;
  }

  /**
   * The whole record a save would leave, checked as a whole: every field and cross-field rule of the
   * create DTO, the feature's own rules, that referenced records exist, and unique values.
   */
  private async complete(manager: EntityManager, raw: Values, id: string | null): Promise<TCreate> {
    const input = plainToInstance(this.config.createDto, raw);
    const errors = await validate(input, {
      whitelist: true,
      forbidUnknownValues: false,
      stopAtFirstError: true,
    });
    const problems = flatten(errors);
    if (problems.length === 0) {
      problems.push(...this.crossFieldProblems(input));
      problems.push(...(await this.missingReferences(manager, input as Values)));
      problems.push(...(await this.duplicates(manager, input as Values, id)));
    }
    if (problems.length > 0) throw new InvalidFieldsException(problems);
    return input;
  }

  /** Every id the record names must exist; the referenced rows are share-locked until commit. */
  private async missingReferences(manager: EntityManager, input: Values): Promise<FieldError[]> {
    const checks: { field: string; target: EntityMetadata; ids: string[] }[] = [];
    for (const relation of this.metadata.manyToOneRelations) {
      const column = relation.joinColumns[0];
      const value = column ? input[column.propertyName] : undefined;
      if (typeof value === 'string') {
        checks.push({ field: column.propertyName, target: relation.inverseEntityMetadata, ids: [value] });
      }
    }
    for (const list of this.config.lists ?? []) {
      const ids = input[list.field];
      if (Array.isArray(ids) && ids.length > 0) {
        checks.push({ field: list.field, target: manager.connection.getMetadata(list.target), ids });
      }
    }
    const problems: FieldError[] = [];
    for (const check of checks) {
      const found: { id: string }[] = await manager.query(
        `SELECT id::text FROM ${quoteTable(check.target.tablePath)} WHERE id = ANY($1::uuid[]) FOR KEY SHARE`,
        [check.ids],
      );
      const existing = new Set(found.map((row) => row.id));
      check.ids.forEach((value, index) => {
        if (existing.has(value)) return;
        const field =
          check.ids.length === 1 && !this.isList(check.field) ? check.field : `${check.field}.${index}`;
        problems.push({ field, message: `No ${this.typeName(check.target)} has the id ${value}` });
      });
    }
    return problems;
  }

  /** Whether every field of a completed input equals the record's (lists of related records as sets). */
  private unchanged(before: TRecord, values: TCreate): boolean {
    const current = before as unknown as Values;
    const unordered = new Set(
      (this.config.lists ?? []).filter((list) => list.relation).map((list) => list.field as string),
    );
    const comparable = (field: string, value: unknown): string | undefined => {
      if (value === undefined) return undefined;
      const normalized =
        unordered.has(field) && Array.isArray(value) ? [...(value as string[])].sort() : value;
      return stableJson(normalized);
    };
    return Object.entries(values as Values).every(
      ([field, value]) => comparable(field, value) === comparable(field, current[field]),
    );
  }

  private isList(field: string): boolean {
    return (this.config.lists ?? []).some((list) => list.field === field);
  }

  /** Unique constraints, checked first so the answer names the field (the database still enforces them). */
  private async duplicates(manager: EntityManager, input: Values, id: string | null): Promise<FieldError[]> {
    const problems: FieldError[] = [];
    for (const unique of this.metadata.uniques) {
      const columns = unique.columns;
      const values = columns.map((column) => input[column.propertyName]);
      if (values.some((value) => value === null || value === undefined)) continue;
      const conditions = columns.map((column, index) => `"${column.databaseName}" = $${index + 1}`);
      const parameters: unknown[] = [...values];
      if (id) {
        parameters.push(id);
        conditions.push(`id <> $${parameters.length}`);
      }
      const rows: unknown[] = await manager.query(
        `SELECT 1 FROM ${quoteTable(this.metadata.tablePath)} WHERE ${conditions.join(' AND ')} LIMIT 1`,
        parameters,
      );
      if (rows.length > 0) {
        const names = columns.map((column) => column.propertyName);
        const field = names[names.length - 1];
        problems.push({
          field,
          message:
            names.length === 1
              ? `Another ${this.config.label} already has this ${field}`
              : `Another ${this.config.label} already has the same ${names.join(', ')}`,
        });
      }
    }
    return problems;
  }

  /** The column values of an input: every field that is a column of the entity. */
  private columns(values: TCreate): Values {
    const metadata = this.metadata;
    return Object.fromEntries(
      Object.entries(values).filter(
        ([key]) =>
          !this.isList(key) && metadata.findColumnWithPropertyName(key) !== undefined && key !== 'id',
      ),
    );
  }

  private async writeAllLists(
    manager: EntityManager,
    id: string,
    values: TCreate,
    before: TRecord | null,
  ): Promise<void> {
    for (const list of this.config.lists ?? []) {
      if (!list.relation) continue;
      const next = (values as Values)[list.field] as string[];
      const previous = before ? ((before as unknown as Values)[list.field] as string[]) : [];
      await manager
        .createQueryBuilder()
        .relation(this.config.entity, list.relation)
        .of(id)
        .addAndRemove(
          next.filter((value) => !previous.includes(value)),
          previous.filter((value) => !next.includes(value)),
        );
    }
    await this.writeLists(manager, id, values);
  }

  /** Revisions for editable children the database will delete with these records. */
  private async recordCascades(manager: EntityManager, ids: string[], userId: string | null): Promise<void> {
    for (const reference of this.incomingReferences()) {
      if (reference.kind !== 'cascade') continue;
      const rows: { id: string }[] = await manager.query(
        `SELECT id::text FROM ${quoteTable(reference.table)} WHERE "${reference.column}" = ANY($1::uuid[]) FOR UPDATE`,
        [ids],
      );
      if (rows.length === 0) continue;
      const childIds = rows.map((row) => row.id);
      const service = this.editorial.registry.get(reference.child.target);
      if (service) {
        const dependents = await blockingDependents(
          manager,
          incomingReferences(manager.connection, reference.child),
          childIds,
          (metadata) => this.typeName(metadata),
          this.describer(manager),
        );
        if (dependents.length > 0)
          throw new RecordInUseException(this.config.label, dependents, this.labels());
        await service.recordCascadedDelete(manager, childIds, userId);
      }
    }
  }

  private incomingReferences(): IncomingReference[] {
    this.incoming ??= incomingReferences(this.editorial.dataSource, this.metadata);
    return this.incoming;
  }

  /** Record type → its label, for messages naming dependents. */
  private labels(): (type: string) => string {
    return (type) => {
      const metadata = this.editorial.dataSource.entityMetadatas.find(
        (candidate) => this.typeName(candidate) === type,
      );
      return (metadata && this.editorial.registry.get(metadata.target)?.label) ?? type;
    };
  }

  /** Names dependents through their own type's service; types without one keep their ids. */
  private describer(manager: EntityManager): Describe {
    return async (metadata, ids) =>
      (await this.editorial.registry.get(metadata.target)?.describe(manager, ids)) ?? new Map();
  }

  private typeName(metadata: EntityMetadata): string {
    return this.editorial.registry.get(metadata.target)?.recordType ?? metadata.tableName;
  }

  private load(manager: EntityManager, id: string): Promise<TEntity | null> {
    return manager.findOne(this.config.entity, {
      where: { id } as FindOptionsWhere<TEntity>,
      relations: this.config.relations,
    });
  }

  private async required(manager: EntityManager, id: string): Promise<TRecord> {
    const entity = await this.load(manager, id);
    if (!entity) throw new RecordNotFoundException(this.config.label, id);
    return this.toRecord(entity);
  }

  private async exists(manager: EntityManager, id: string): Promise<boolean> {
    return manager.exists(this.config.entity, { where: { id } as FindOptionsWhere<TEntity> });
  }

  private revise(
    manager: EntityManager,
    id: string,
    version: number,
    action: 'create' | 'update' | 'delete' | 'restore',
    userId: string | null,
    before: object | null,
    after: object | null,
  ): Promise<string> {
    return this.editorial.revisions.write(manager, {
      recordType: this.config.recordType,
      recordId: id,
      version,
      action,
      userId,
      before,
      after,
    });
  }
}
