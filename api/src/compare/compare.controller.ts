import { Controller, Get, Query, UseInterceptors } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ComparisonView } from '@careerscope/shared';
import { Public } from '../common/public.decorator';
import { PublicationCacheInterceptor } from '../public/publication-cache.interceptor';
import { CompareService } from './compare.service';
import { CompareQueryDto } from './dto/compare.query';

@ApiTags('public')
@Public()
@UseInterceptors(PublicationCacheInterceptor)
@Controller('public/compare')
export class CompareController {
  constructor(private readonly compareService: CompareService) {}

  @Get()
  @ApiOperation({ summary: 'Compare 2–5 published occupations side by side (`?o=slug,slug`)' })
  @ApiBadRequestResponse({ description: 'Fewer than 2 or more than 5 occupations, or a malformed slug' })
  @ApiNotFoundResponse({ description: 'An occupation is not published' })
  compare(@Query() query: CompareQueryDto): Promise<ComparisonView> {
    return this.compareService.compare(query.o);
  }
}
