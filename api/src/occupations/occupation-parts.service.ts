import { Injectable } from '@nestjs/common';
import {
  type CreateEducationPathRequest,
  type CreateOccupationCertificationRequest,
  type CreateOccupationSectionRequest,
  type CreateOccupationSocCodeRequest,
  type CreateWorkSettingRequest,
  defaultsOf,
  EDUCATION_PATH_SHAPE,
  type EducationPathRecord,
  type FieldError,
  OCCUPATION_CERTIFICATION_SHAPE,
  OCCUPATION_SECTION_SHAPE,
  OCCUPATION_SOC_CODE_SHAPE,
  type OccupationCertificationRecord,
  type OccupationSectionRecord,
  type OccupationSocCodeRecord,
  WORK_SETTING_SHAPE,
  type WorkSettingRecord,
} from '@careerscope/shared';
import { EditableRecordService } from '../common/editorial/editable-record.service';
import { recordOf } from '../common/editorial/record.mapper';
import { oneOfProblems } from '../common/editorial/rules';
import { SourceEntity } from '../sources/source.entity';
import {
  CreateEducationPathDto,
  CreateOccupationCertificationDto,
  CreateOccupationSectionDto,
  CreateOccupationSocCodeDto,
  CreateWorkSettingDto,
} from './dto/occupation-parts.dto';
import { EducationPathEntity } from './education-path.entity';
import { OccupationCertificationEntity } from './occupation-certification.entity';
import { OccupationSectionEntity } from './occupation-section.entity';
import { OccupationSocCodeEntity } from './occupation-soc-code.entity';
import type { OccupationEntity } from './occupation.entity';
import { WorkSettingEntity } from './work-setting.entity';

/** "Hospitals (Medical Coder)": a part of an occupation, named with it. */
function ofOccupation(name: string, occupation: OccupationEntity | undefined): string {
  return occupation ? `${name} (${occupation.title})` : name;
}

export function toOccupationSectionRecord(section: OccupationSectionEntity): OccupationSectionRecord {
  return recordOf(OCCUPATION_SECTION_SHAPE, section, {
    sourceIds: (section.sources ?? []).map((source) => source.id).sort(),
  });
}

@Injectable()
export class OccupationSectionsService extends EditableRecordService<
  OccupationSectionEntity,
  OccupationSectionRecord,
  CreateOccupationSectionRequest
> {
  protected readonly config = {
    recordType: 'occupationSection' as const,
    entity: OccupationSectionEntity,
    label: 'occupation section',
    createDto: CreateOccupationSectionDto,
    defaults: defaultsOf(OCCUPATION_SECTION_SHAPE),
    defaultSort: 'position',
    search: ['key', 'title', 'bodyMarkdown'] as const,
    relations: { sources: true },
    titleRelations: { occupation: true },
    lists: [{ field: 'sourceIds' as const, target: SourceEntity, relation: 'sources' }],
  };

  protected override title(section: OccupationSectionEntity): string {
    return ofOccupation(section.title, section.occupation);
  }

  toRecord(section: OccupationSectionEntity): OccupationSectionRecord {
    return toOccupationSectionRecord(section);
  }
}

export function toOccupationCertificationRecord(
  certification: OccupationCertificationEntity,
): OccupationCertificationRecord {
  return recordOf(OCCUPATION_CERTIFICATION_SHAPE, certification);
}

@Injectable()
export class OccupationCertificationsService extends EditableRecordService<
  OccupationCertificationEntity,
  OccupationCertificationRecord,
  CreateOccupationCertificationRequest
> {
  protected readonly config = {
    recordType: 'occupationCertification' as const,
    entity: OccupationCertificationEntity,
    label: 'occupation certification',
    createDto: CreateOccupationCertificationDto,
    defaults: defaultsOf(OCCUPATION_CERTIFICATION_SHAPE),
    defaultSort: 'position',
    search: ['noteMarkdown'] as const,
    titleRelations: { occupation: true, credential: true, certifyingBody: true },
  };

  toRecord(certification: OccupationCertificationEntity): OccupationCertificationRecord {
    return toOccupationCertificationRecord(certification);
  }

  protected override title(certification: OccupationCertificationEntity): string {
    const by = certification.credential?.name ?? certification.certifyingBody?.name;
    return ofOccupation(by ?? `${certification.requirement} certification`, certification.occupation);
  }

  protected override crossFieldProblems(input: CreateOccupationCertificationRequest): FieldError[] {
    return oneOfProblems(input as unknown as Record<string, unknown>, ['certifyingBodyId', 'credentialId']);
  }
}

export function toEducationPathRecord(path: EducationPathEntity): EducationPathRecord {
  return recordOf(EDUCATION_PATH_SHAPE, path);
}

@Injectable()
export class EducationPathsService extends EditableRecordService<
  EducationPathEntity,
  EducationPathRecord,
  CreateEducationPathRequest
> {
  protected readonly config = {
    recordType: 'educationPath' as const,
    entity: EducationPathEntity,
    label: 'education path',
    createDto: CreateEducationPathDto,
    defaults: defaultsOf(EDUCATION_PATH_SHAPE),
    defaultSort: 'position',
    search: ['note'] as const,
    titleRelations: { occupation: true },
  };

  toRecord(path: EducationPathEntity): EducationPathRecord {
    return toEducationPathRecord(path);
  }

  protected override title(path: EducationPathEntity): string {
    return ofOccupation(path.credentialLevel, path.occupation);
  }
}

export function toWorkSettingRecord(setting: WorkSettingEntity): WorkSettingRecord {
  return recordOf(WORK_SETTING_SHAPE, setting);
}

@Injectable()
export class WorkSettingsService extends EditableRecordService<
  WorkSettingEntity,
  WorkSettingRecord,
  CreateWorkSettingRequest
> {
  protected readonly config = {
    recordType: 'workSetting' as const,
    entity: WorkSettingEntity,
    label: 'work setting',
    createDto: CreateWorkSettingDto,
    defaults: defaultsOf(WORK_SETTING_SHAPE),
    defaultSort: 'position',
    search: ['name'] as const,
    titleRelations: { occupation: true },
  };

  toRecord(setting: WorkSettingEntity): WorkSettingRecord {
    return toWorkSettingRecord(setting);
  }

  protected override title(setting: WorkSettingEntity): string {
    return ofOccupation(setting.name, setting.occupation);
  }
}

export function toOccupationSocCodeRecord(period: OccupationSocCodeEntity): OccupationSocCodeRecord {
  return recordOf(OCCUPATION_SOC_CODE_SHAPE, period);
}

/** Which SOC code measured an occupation in which years; the importer places older releases by it. */
@Injectable()
export class OccupationSocCodesService extends EditableRecordService<
  OccupationSocCodeEntity,
  OccupationSocCodeRecord,
  CreateOccupationSocCodeRequest
> {
  protected readonly config = {
    recordType: 'occupationSocCode' as const,
    entity: OccupationSocCodeEntity,
    label: 'SOC code period',
    createDto: CreateOccupationSocCodeDto,
    defaults: defaultsOf(OCCUPATION_SOC_CODE_SHAPE),
    defaultSort: 'fromYear',
    search: ['socCode', 'note'] as const,
    titleRelations: { occupation: true },
  };

  toRecord(period: OccupationSocCodeEntity): OccupationSocCodeRecord {
    return toOccupationSocCodeRecord(period);
  }

  protected override title(period: OccupationSocCodeEntity): string {
    return ofOccupation(`SOC ${period.socCode}`, period.occupation);
  }
}
