import { Module } from '@nestjs/common';
import { PublicationsModule } from '../publications/publications.module';
import { HostingService } from './hosting.service';

@Module({ imports: [PublicationsModule], providers: [HostingService] })
export class HostingModule {}
