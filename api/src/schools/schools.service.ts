import { ConflictException, Injectable } from '@nestjs/common';
import { Brackets, EntityManager, In, SelectQueryBuilder } from 'typeorm';
import {
  type BulkAccreditationRequest,
  type BulkAccreditationResult,
  type CreateProgramRequest,
  type CreateSchoolRequest,
  defaultsOf,
  type Page,
  PROGRAM_SHAPE,
  type ProgramFilter,
  type ProgramListItem,
  type ProgramRecord,
  SCHOOL_SHAPE,
  type SchoolRecord,
} from '@careerscope/shared';
import { AccreditationBodyEntity } from '../accreditation/accreditation-body.entity';
import { EditableRecordService, ListQueryOf, parseSort } from '../common/editorial/editable-record.service';
import { InvalidFieldsException } from '../common/editorial/editorial.errors';
import { containsPattern } from '../common/sql/like-pattern';
import { recordOf } from '../common/editorial/record.mapper';
import { CreateProgramDto, CreateSchoolDto } from './dto/school.dto';
import { ProgramEntity } from './program.entity';
import { SchoolEntity } from './school.entity';

export function toSchoolRecord(school: SchoolEntity): SchoolRecord {
  return recordOf(SCHOOL_SHAPE, school) as SchoolRecord;
}

@Injectable()
export class SchoolsService extends EditableRecordService<SchoolEntity, SchoolRecord, CreateSchoolRequest> {
  protected readonly config = {
    recordType: 'school' as const,
    entity: SchoolEntity,
    label: 'school',
    createDto: CreateSchoolDto,
    defaults: defaultsOf(SCHOOL_SHAPE),
    defaultSort: 'name',
    search: ['name', 'city', 'slug'] as const,
  };

  toRecord(school: SchoolEntity): SchoolRecord {
    return toSchoolRecord(school);
  }

  /** An admin's change names the fields it touched: the yearly IPEDS import keeps them. */
  protected override handEditedColumns(
    before: SchoolRecord,
    values: CreateSchoolRequest,
    by: 'person' | 'source',
  ): Record<string, unknown> {
    return { handEdited: withHandEdits(before.handEdited, this.changedFields(before, values), by) };
  }
}

/**
 * The fields edited by hand after a save, in a stable order: a person's save adds the fields it
 * changes; a refresh from IPEDS the admin asked for takes those fields back from IPEDS.
 */
function withHandEdits<F extends string>(
  held: readonly F[],
  changed: string[],
  by: 'person' | 'source',
): F[] {
  const fields =
    by === 'person' ? [...held, ...(changed as F[])] : held.filter((field) => !changed.includes(field));
  return [...new Set(fields)].sort();
}

export function toProgramRecord(program: ProgramEntity): ProgramRecord {
  return recordOf(PROGRAM_SHAPE, program) as ProgramRecord;
}

@Injectable()
export class ProgramsService extends EditableRecordService<
  ProgramEntity,
  ProgramRecord,
  CreateProgramRequest
> {
  protected readonly config = {
    recordType: 'program' as const,
    entity: ProgramEntity,
    label: 'program',
    createDto: CreateProgramDto,
    defaults: defaultsOf(PROGRAM_SHAPE),
    defaultSort: 'name',
    search: ['name'] as const,
    titleRelations: { school: true },
  };

  toRecord(program: ProgramEntity): ProgramRecord {
    return toProgramRecord(program);
  }

  /** An admin's change names the fields it touched: the yearly IPEDS import keeps them. */
  protected override handEditedColumns(
    before: ProgramRecord,
    values: CreateProgramRequest,
    by: 'person' | 'source',
  ): Record<string, unknown> {
    return { handEdited: withHandEdits(before.handEdited, this.changedFields(before, values), by) };
  }

  protected override title(program: ProgramEntity): string {
    return program.school ? `${program.name} at ${program.school.name}` : program.name;
  }

  /**
   * Programs with their school, filtered by the school's state and searched in the program's and the
   * school's name besides the program's own fields; sortable by school name. One statement answers
   * the page and the total: the count is a sub-query over the programs alone, planned on its own, so
   * the page can still read an index in the sort's order and stop after its rows.
   */
  override async list(query: ListQueryOf): Promise<Page<ProgramListItem>> {
    const { page, pageSize } = query;
    const filter = query as ProgramFilter;
    const manager = this.editorial.dataSource.manager;
    const { field, direction } = parseSort(query.sort ?? this.config.defaultSort);
    const bySchool = field === 'schoolName';
    const builder = this.filtered(
      this.withSchoolLists(manager.createQueryBuilder(ProgramEntity, 'program'), filter),
      filter,
      // Sorted by school, the page walks the schools in name order and keeps a state's own; sorted
      // by a program field, it reads the state's programs by school instead.
      { stateOfJoinedSchool: bySchool },
    )
      // The school's and the accreditor's columns the row shows, not every column of both.
      .innerJoin('program.school', 'school')
      .addSelect(['school.id', 'school.name', 'school.city', 'school.state'])
      .leftJoin('program.accreditationBody', 'accreditationBody')
      .addSelect(['accreditationBody.id', 'accreditationBody.abbreviation'])
      .addSelect(
        (counter) => this.filtered(counter.select('COUNT(*)::int').from(ProgramEntity, 'matched'), filter),
        'total',
      );
    if (bySchool) {
      builder.orderBy('school.name', direction).addOrderBy('program.name', direction);
    } else {
      builder.orderBy(`program.${field}`, direction);
    }
    // A program has one school, so offset and limit page the rows themselves (no distinct sub-query).
    const { entities, raw } = await builder
      .addOrderBy('program.id', 'ASC')
      .offset((page - 1) * pageSize)
      .limit(pageSize)
      .getRawAndEntities<{ total: number }>();
    return {
      items: entities.map((entity) => ({
        ...this.toRecord(entity),
        school: {
          id: entity.school!.id,
          name: entity.school!.name,
          city: entity.school!.city,
          state: entity.school!.state,
        },
        accreditation: entity.accreditationBody?.abbreviation ?? null,
      })),
      total: raw.length > 0 ? raw[0].total : await this.count(filter, page),
      page,
      pageSize,
    };
  }

  /** The total of a page with no rows: none on the first page, or a count past the last one. */
  private async count(filter: ProgramFilter, page: number): Promise<number> {
    if (page === 1) return 0;
    const counter = this.filtered(
      this.withSchoolLists(
        this.editorial.dataSource.manager.createQueryBuilder(ProgramEntity, 'program'),
        filter,
      ),
      filter,
    );
    const counted = await counter.select('COUNT(*)::int', 'total').getRawOne<{ total: number }>();
    return counted?.total ?? 0;
  }

  /**
   * Assigns (or clears) one programmatic accreditation body on many programs at once, all or
   * nothing: the programs named with the versions the admin saw (any stale one refuses the whole
   * change) or every program a list filter matches. Each changed program gets a new version, a
   * revision, and the field marked as edited by hand so an IPEDS refresh keeps it.
   */
  bulkAccreditation(
    request: BulkAccreditationRequest,
    userId: string | null,
  ): Promise<BulkAccreditationResult> {
    return this.editorial.dataSource.transaction(async (manager) => {
      const bodyId = request.accreditationBodyId;
      if (bodyId !== null) {
        const found = await manager.exists(AccreditationBodyEntity, { where: { id: bodyId } });
        if (!found) {
          throw new InvalidFieldsException([
            { field: 'accreditationBodyId', message: `No accreditation body has the id ${bodyId}` },
          ]);
        }
      }
      const ids = await this.lockTargets(manager, request);
      const changing = await manager
        .createQueryBuilder(ProgramEntity, 'program')
        .innerJoinAndSelect('program.school', 'school')
        .where({ id: In(ids) })
        .andWhere('program.accreditation_body_id IS DISTINCT FROM :bodyId', { bodyId })
        .getMany();
      const result = { matched: ids.length, changed: changing.length };
      if (request.dryRun || changing.length === 0) return result;

      const changedIds = changing.map((program) => program.id);
      await manager.query(
        `UPDATE programs
            SET accreditation_body_id = $1,
                version = version + 1,
                updated_at = now(),
                hand_edited = CASE WHEN 'accreditationBodyId' = ANY(hand_edited) THEN hand_edited
                                   ELSE array_append(hand_edited, 'accreditationBodyId') END
          WHERE id = ANY($2::uuid[])`,
        [bodyId, changedIds],
      );
      const after = await manager.find(ProgramEntity, { where: { id: In(changedIds) } });
      const afterById = new Map(after.map((program) => [program.id, program]));
      await this.editorial.revisions.writeMany(
        manager,
        changing.map((program) => {
          const next = afterById.get(program.id)!;
          return {
            recordType: 'program',
            recordId: program.id,
            version: next.version,
            action: 'update',
            userId,
            before: this.toRecord(program),
            after: this.toRecord(next),
          };
        }),
      );
      return result;
    });
  }

  /** The ids a bulk request names, locked for the rest of the transaction; refuses stale or unknown ones. */
  private async lockTargets(manager: EntityManager, request: BulkAccreditationRequest): Promise<string[]> {
    if (request.programs) {
      const wanted = new Map(request.programs.map((program) => [program.id, program.version]));
      const rows: { id: string; version: number }[] = await manager.query(
        'SELECT id::text, version FROM programs WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE',
        [[...wanted.keys()]],
      );
      const found = new Map(rows.map((row) => [row.id, row.version]));
      const missing = request.programs.findIndex((program) => !found.has(program.id));
      if (missing >= 0) {
        throw new InvalidFieldsException([
          {
            field: `programs.${missing}.id`,
            message: `No program has the id ${request.programs[missing].id}`,
          },
        ]);
      }
      const stale = [...wanted].filter(([id, version]) => found.get(id) !== version);
      if (stale.length > 0) {
        const what =
          stale.length === 1 ? '1 of the chosen programs was' : `${stale.length} of the chosen programs were`;
        throw new ConflictException({
          message: `${what} saved by someone else since the list was loaded. Nothing was changed: reload the list and choose again.`,
        });
      }
      return [...wanted.keys()];
    }
    const filter = request.filter ?? {};
    const builder = this.filtered(
      this.withSchoolLists(manager.createQueryBuilder(ProgramEntity, 'program'), filter).select(
        'program.id',
        'id',
      ),
      filter,
    )
      .orderBy('program.id')
      .setLock('pessimistic_write', undefined, ['program']);
    const rows: { id: string }[] = await builder.getRawMany();
    return rows.map((row) => row.id);
  }

  /**
   * The ids of the schools the filter's state and search name, each listed once per statement
   * (`state_schools`, `named_schools`) for `filtered` to read.
   */
  private withSchoolLists<T extends SelectQueryBuilder<ProgramEntity>>(builder: T, filter: ProgramFilter): T {
    if (filter.state) {
      builder
        .addCommonTableExpression(
          'SELECT ARRAY(SELECT id FROM schools WHERE state = :state) AS ids',
          'state_schools',
        )
        .setParameter('state', filter.state);
    }
    if (filter.q) {
      builder
        .addCommonTableExpression(
          'SELECT ARRAY(SELECT id FROM schools WHERE name ILIKE :pattern) AS ids',
          'named_schools',
        )
        .setParameter('pattern', containsPattern(filter.q));
    }
    return builder;
  }

  /**
   * The list filter as conditions on the builder's programs, with no join: the school's state and
   * name are read as lists of school ids (see `withSchoolLists`), so a count reads the programs of
   * those schools through their index instead of joining every program to its school, and the
   * search can read the programs' trigram index (programs_name_trgm) for its other half. With
   * `stateOfJoinedSchool`, the state is a condition on the joined `school` instead.
   */
  private filtered<T extends SelectQueryBuilder<ProgramEntity>>(
    builder: T,
    filter: ProgramFilter,
    { stateOfJoinedSchool = false } = {},
  ): T {
    const program = builder.alias;
    const exact = ['schoolId', 'occupationId', 'delivery', 'credentialLevel', 'accreditationBodyId'] as const;
    for (const key of exact) {
      const value = filter[key];
      if (value !== undefined) builder.andWhere(`${program}.${key} = :${key}`, { [key]: value });
    }
    if (filter.state && stateOfJoinedSchool) {
      builder.andWhere('school.state = :state', { state: filter.state });
    } else if (filter.state) {
      builder.andWhere(`${program}.schoolId = ANY((SELECT ids FROM state_schools)::uuid[])`);
    }
    if (filter.q) {
      const pattern = containsPattern(filter.q);
      builder.andWhere(
        new Brackets((where) =>
          where
            .where(`${program}.name ILIKE :pattern`, { pattern })
            .orWhere(`${program}.schoolId = ANY((SELECT ids FROM named_schools)::uuid[])`),
        ),
      );
    }
    return builder;
  }
}
