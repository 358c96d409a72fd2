import { Controller, Get, Param, Query, UseInterceptors } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { PublicSchoolFiltersView, PublicSchoolResponse } from '@careerscope/shared';
import { Public } from '../common/public.decorator';
import { SlugPipe } from '../common/slug.pipe';
import { PublicSchoolFiltersQueryDto, PublicSchoolPageQueryDto } from './dto/public-schools.query';
import { PublicationCacheInterceptor } from './publication-cache.interceptor';
import { PublicSchoolsService } from './public-schools.service';

@ApiTags('public')
@Public()
@UseInterceptors(PublicationCacheInterceptor)
@Controller('public')
export class PublicSchoolsController {
  constructor(private readonly schools: PublicSchoolsService) {}

  @Get('school-filters')
  @ApiOperation({
    summary:
      'The values the school directory can be filtered by: those of open schools, and of closed ones too with `includeClosed`',
  })
  @ApiBadRequestResponse({ description: 'An `includeClosed` other than 1, 0, true or false' })
  filters(@Query() query: PublicSchoolFiltersQueryDto): Promise<PublicSchoolFiltersView> {
    return this.schools.filters(query.includeClosed ?? false);
  }

  @Get('schools/:slug')
  @ApiOperation({
    summary:
      'A published school with its programs, their accreditors, published charges, and each program’s estimated total cost and payback',
  })
  @ApiNotFoundResponse({ description: 'No published school has this slug' })
  @ApiBadRequestResponse({ description: 'A malformed or unknown ZIP code' })
  school(
    @Param('slug', SlugPipe) slug: string,
    @Query() query: PublicSchoolPageQueryDto,
  ): Promise<PublicSchoolResponse> {
    return this.schools.school(slug, query.zip);
  }
}
