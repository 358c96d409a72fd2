import { Injectable } from '@nestjs/common';
import {
  CERTIFYING_BODY_SHAPE,
  type CertifyingBodyRecord,
  type CreateCertifyingBodyRequest,
  type CreateCredentialRequest,
  CREDENTIAL_SHAPE,
  type CredentialRecord,
  defaultsOf,
} from '@careerscope/shared';
import { EditableRecordService } from '../common/editorial/editable-record.service';
import { recordOf } from '../common/editorial/record.mapper';
import { CertifyingBodyEntity } from './certifying-body.entity';
import { CredentialEntity } from './credential.entity';
import { CreateCertifyingBodyDto, CreateCredentialDto } from './dto/certification.dto';

export function toCertifyingBodyRecord(body: CertifyingBodyEntity): CertifyingBodyRecord {
  return recordOf(CERTIFYING_BODY_SHAPE, body);
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
    defaults: defaultsOf(CERTIFYING_BODY_SHAPE),
    defaultSort: 'name',
    search: ['name', 'abbreviation', 'slug'] as const,
  };

  toRecord(body: CertifyingBodyEntity): CertifyingBodyRecord {
    return toCertifyingBodyRecord(body);
  }
}

export function toCredentialRecord(credential: CredentialEntity): CredentialRecord {
  return recordOf(CREDENTIAL_SHAPE, credential);
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
    defaults: defaultsOf(CREDENTIAL_SHAPE),
    defaultSort: 'name',
    search: ['name', 'abbreviation', 'slug'] as const,
  };

  toRecord(credential: CredentialEntity): CredentialRecord {
    return toCredentialRecord(credential);
  }
}
