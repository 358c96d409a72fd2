import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { HealthResponse } from '@careerscope/shared';
import { Public } from '../common/public.decorator';
import { CurrentPublicationService } from '../publications/current-publication.service';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly publications: CurrentPublicationService,
  ) {}

  @Get()
  @ApiOperation({ summary: '200 when the database answers' })
  async check(): Promise<HealthResponse> {
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      throw new ServiceUnavailableException('The database does not answer');
    }
    return { status: 'ok', database: 'up', publication: await this.publications.currentNumber() };
  }
}
