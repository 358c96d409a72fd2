import { Controller, Get, Param, UseInterceptors } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { PublicSchoolFiltersView, PublicSchoolResponse } from '@careerscope/shared';
import { Public } from '../common/public.decorator';
import { SlugPipe } from '../common/slug.pipe';
import { PublicationCacheInterceptor } from './publication-cache.interceptor';
import { PublicSchoolsService } from './public-schools.service';

@ApiTags('public')
@Public()
@UseInterceptors(PublicationCacheInterceptor)
@Controller('public')
export class PublicSchoolsController {
  constructor(private readonly schools: PublicSchoolsService) {}

  @Get('school-filters')
  @ApiOperation({ summary: 'The values the school directory can be filtered by' })
  filters(): Promise<PublicSchoolFiltersView> {
    return this.schools.filters();
  }

  @Get('schools/:slug')
  @ApiOperation({ summary: 'A published school with its programs and their accreditors' })
  @ApiNotFoundResponse({ description: 'No published school has this slug' })
  school(@Param('slug', SlugPipe) slug: string): Promise<PublicSchoolResponse> {
    return this.schools.school(slug);
  }
}
