import { Injectable } from '@nestjs/common';
import type {
  CertifyingBodyRecord,
  CreateCertifyingBodyRequest,
  CreateCredentialRequest,
  CredentialRecord,
} from '@careerscope/shared';
import { EditableRecordService } from '../common/editorial/editable-record.service';
import { editableFields } from '../common/editorial/record.mapper';
import { CertifyingBodyEntity } from './certifying-body.entity';
import { CredentialEntity } from './credential.entity';
import { CreateCertifyingBodyDto, CreateCredentialDto } from './dto/certification.dto';

export function toCertifyingBodyRecord(body: CertifyingBodyEntity): CertifyingBodyRecord {
  return {
    ...editableFields(body),
    slug: body.slug,
    name: body.name,
    abbreviation: body.abbreviation,
    url: body.url,
    sourceId: body.sourceId,
  };
}

@Injectable()
export class CertifyingBodiesService extends EditableRecordService<
  CertifyingBodyEntity,
  CertifyingBodyRecord,
  CreateCertifyingBodyRequest
> {
  protected readonly config = {
    recordType: 'certifyingBody' as const,
    entity: CertifyingBodyEntity,
    label: 'certifying body',
    createDto: CreateCertifyingBodyDto,
    defaults: { url: null },
    defaultSort: 'name',
    search: ['name', 'abbreviation', 'slug'] as const,
  };

  toRecord(body: CertifyingBodyEntity): CertifyingBodyRecord {
    return toCertifyingBodyRecord(body);
  }
}

export function toCredentialRecord(credential: CredentialEntity): CredentialRecord {
  return {
    ...editableFields(credential),
    slug: credential.slug,
    name: credential.name,
    abbreviation: credential.abbreviation,
    certifyingBodyId: credential.certifyingBodyId,
    renewalPeriodMonths: credential.renewalPeriodMonths,
    renewalUnits: credential.renewalUnits,
    renewalUnitName: credential.renewalUnitName,
    renewalNoteMarkdown: credential.renewalNoteMarkdown,
    sourceId: credential.sourceId,
  };
}

@Injectable()
export class CredentialsService extends EditableRecordService<
  CredentialEntity,
  CredentialRecord,
  CreateCredentialRequest
> {
  protected readonly config = {
    recordType: 'credential' as const,
    entity: CredentialEntity,
    label: 'credential',
    createDto: CreateCredentialDto,
    defaults: {
      certifyingBodyId: null,
      renewalPeriodMonths: null,
      renewalUnits: null,
      renewalUnitName: null,
      renewalNoteMarkdown: '',
    },
    defaultSort: 'name',
    search: ['name', 'abbreviation', 'slug'] as const,
  };

  toRecord(credential: CredentialEntity): CredentialRecord {
    return toCredentialRecord(credential);
  }
}
