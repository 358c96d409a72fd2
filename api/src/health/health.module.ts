import { Module } from '@nestjs/common';
import { PublicationsModule } from '../publications/publications.module';
import { HealthController } from './health.controller';

@Module({ imports: [PublicationsModule], controllers: [HealthController] })
export class HealthModule {}
