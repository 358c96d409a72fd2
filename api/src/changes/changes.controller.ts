import { Controller, Get, Query, UseInterceptors } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { PublicChangesResponse } from '@careerscope/shared';
import { Public } from '../common/public.decorator';
import { PublicationCacheInterceptor } from '../public/publication-cache.interceptor';
import { PublicChangesQueryDto } from './dto/public-changes.query';
import { ChangesService } from './changes.service';

@ApiTags('public')
@Public()
@UseInterceptors(PublicationCacheInterceptor)
@Controller('public/changes')
export class ChangesController {
  constructor(private readonly changes: ChangesService) {}

  @Get()
  @ApiOperation({
    summary: 'What each publication changed, newest first, paged',
    description:
      'Every publication up to the current one (or the one `?publication=N` pins) with when it was published and, in sentences, what it changed compared with the one before: "Wages for 88 occupations updated to May 2025", "3 occupations added: …". The same entries are in the Atom feed at `/changes.atom`.',
  })
  @ApiOkResponse({ description: '`{ items: PublicationChangesView[], total, page, pageSize }`' })
  list(@Query() query: PublicChangesQueryDto): Promise<PublicChangesResponse> {
    return this.changes.list(query.page, query.pageSize);
  }
}
