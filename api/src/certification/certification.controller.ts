import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { EditorialController } from '../common/editorial/editorial.controller';
import { CertifyingBodiesService, CredentialsService } from './certification.service';
import {
  CertifyingBodyListQueryDto,
  CreateCertifyingBodyDto,
  CreateCredentialDto,
  CredentialListQueryDto,
  UpdateCertifyingBodyDto,
  UpdateCredentialDto,
} from './dto/certification.dto';

@ApiTags('certification')
@Controller('certifying-bodies')
export class CertifyingBodiesController extends EditorialController({
  service: CertifyingBodiesService,
  createDto: CreateCertifyingBodyDto,
  updateDto: UpdateCertifyingBodyDto,
  listQueryDto: CertifyingBodyListQueryDto,
  label: 'certifying body',
  plural: 'certifying bodies',
}) {}

@ApiTags('certification')
@Controller('credentials')
export class CredentialsController extends EditorialController({
  service: CredentialsService,
  createDto: CreateCredentialDto,
  updateDto: UpdateCredentialDto,
  listQueryDto: CredentialListQueryDto,
  label: 'credential',
  plural: 'credentials',
}) {}
