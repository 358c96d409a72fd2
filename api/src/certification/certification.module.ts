import { Module } from '@nestjs/common';
import { CertifyingBodiesController, CredentialsController } from './certification.controller';
import { CertifyingBodiesService, CredentialsService } from './certification.service';

@Module({
  controllers: [CertifyingBodiesController, CredentialsController],
  providers: [CertifyingBodiesService, CredentialsService],
  exports: [CertifyingBodiesService, CredentialsService],
})
export class CertificationModule {}
