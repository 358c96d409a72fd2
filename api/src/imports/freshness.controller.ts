import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FreshnessView } from '@careerscope/shared';
import { Roles } from '../auth/roles.decorator';
import { FreshnessService } from './freshness.service';

@ApiTags('imports')
@Roles('editor', 'admin')
@Controller('freshness')
export class FreshnessController {
  constructor(private readonly freshness: FreshnessService) {}

  @Get()
  @ApiOperation({
    summary: 'Figures older than the newest release of their kind, and the next expected releases',
  })
  get(): Promise<FreshnessView> {
    return this.freshness.freshness();
  }
}
