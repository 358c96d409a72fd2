import { Injectable } from '@nestjs/common';
import type {
  CreateProgramRequest,
  CreateSchoolRequest,
  ProgramRecord,
  SchoolRecord,
} from '@careerscope/shared';
import { EditableRecordService } from '../common/editorial/editable-record.service';
import { editableFields } from '../common/editorial/record.mapper';
import { CreateProgramDto, CreateSchoolDto } from './dto/school.dto';
import { ProgramEntity } from './program.entity';
import { SchoolEntity } from './school.entity';

export function toSchoolRecord(school: SchoolEntity): SchoolRecord {
  return {
    ...editableFields(school),
    slug: school.slug,
    name: school.name,
    city: school.city,
    state: school.state,
    website: school.website,
    ipedsUnitId: school.ipedsUnitId,
    sourceId: school.sourceId,
    zip: school.zip,
    latitude: school.latitude,
    longitude: school.longitude,
    sector: school.sector,
    closedOn: school.closedOn,
    directoryYear: school.directoryYear,
    tuitionInDistrict: school.tuitionInDistrict,
    tuitionInState: school.tuitionInState,
    tuitionOutOfState: school.tuitionOutOfState,
    booksAndSupplies: school.booksAndSupplies,
    pricesYear: school.pricesYear,
    pricesSourceId: school.pricesSourceId,
    handEdited: school.handEdited ?? [],
  };
}

@Injectable()
export class SchoolsService extends EditableRecordService<SchoolEntity, SchoolRecord, CreateSchoolRequest> {
  protected readonly config = {
    recordType: 'school' as const,
    entity: SchoolEntity,
    label: 'school',
    createDto: CreateSchoolDto,
    defaults: {
      website: null,
      ipedsUnitId: null,
      sourceId: null,
      zip: null,
      latitude: null,
      longitude: null,
    },
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
  return {
    ...editableFields(program),
    schoolId: program.schoolId,
    occupationId: program.occupationId,
    name: program.name,
    credentialLevel: program.credentialLevel,
    delivery: program.delivery,
    minMonths: program.minMonths,
    maxMonths: program.maxMonths,
    accreditationBodyId: program.accreditationBodyId,
    url: program.url,
    cipCode: program.cipCode,
    awardLevel: program.awardLevel,
    completions: program.completions,
    completionsYear: program.completionsYear,
    completionsSourceId: program.completionsSourceId,
    vanishedIn: program.vanishedIn,
    handEdited: program.handEdited ?? [],
  };
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
    defaults: {
      credentialLevel: null,
      minMonths: null,
      maxMonths: null,
      accreditationBodyId: null,
      url: null,
      cipCode: null,
      awardLevel: null,
    },
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
}
