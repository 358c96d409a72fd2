import { Controller, Get, Param, Query, UseInterceptors } from '@nestjs/common';
import {
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiQuery,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type {
  ComparisonView,
  PublicOccupationListResponse,
  PublicHomeView,
  PublicOccupationResponse,
  PublicSchoolsResponse,
  PublicSourcesResponse,
  PublicationInfo,
} from '@careerscope/shared';
import { ApiErrorDto } from '../common/errors/api-error.dto';
import { Public } from '../common/public.decorator';
import { SlugPipe } from '../common/slug.pipe';
import { PublicOccupationsQueryDto } from './dto/public-occupations.query';
import { PublicSchoolsQueryDto } from './dto/public-schools.query';
import { PublicationCacheInterceptor } from './publication-cache.interceptor';
import { PublicContentService } from './public-content.service';

@ApiTags('public')
@ApiQuery({
  name: 'preview',
  required: false,
  enum: ['1'],
  description:
    'With a valid session (editor or admin): the working copy rendered live as publication 0, `Cache-Control: private, no-store`, no ETag',
})
@ApiQuery({
  name: 'publication',
  required: false,
  type: Number,
  description:
    'That publication exactly (its number is in every answer’s `X-Publication` header): what server rendering uses so one page reads one publication. 404 if there is none; 410 once it has been replaced for more than a few minutes',
})
@ApiUnauthorizedResponse({ description: '`?preview=1` without a valid session', type: ApiErrorDto })
@Public()
@UseInterceptors(PublicationCacheInterceptor)
@Controller('public')
export class PublicController {
  constructor(private readonly content: PublicContentService) {}

  @Get('publication')
  @ApiOperation({ summary: 'The current publication: number and time' })
  publication(): Promise<PublicationInfo> {
    return this.content.publication();
  }

  @Get('home')
  @ApiOperation({ summary: 'Comparisons and occupations for the home page' })
  home(): Promise<PublicHomeView> {
    return this.content.home();
  }

  @Get('comparisons/:slug')
  @ApiOperation({ summary: 'A published comparison with every cell and its sources' })
  @ApiOkResponse({ description: 'The comparison' })
  @ApiNotFoundResponse({ description: 'No published comparison has this slug' })
  comparison(@Param('slug', SlugPipe) slug: string): Promise<ComparisonView> {
    return this.content.comparison(slug);
  }

  @Get('occupations')
  @ApiOperation({
    summary:
      'The catalogue: published occupations found by title or alternate title, filtered by entry education, pay, growth and state, sorted and paged',
  })
  occupations(@Query() query: PublicOccupationsQueryDto): Promise<PublicOccupationListResponse> {
    return this.content.occupations(query);
  }

  @Get('occupations/:slug')
  @ApiOperation({
    summary: 'A published occupation with wages, projections, settings, credentials and programs',
  })
  @ApiNotFoundResponse({ description: 'No published occupation has this slug' })
  occupation(@Param('slug', SlugPipe) slug: string): Promise<PublicOccupationResponse> {
    return this.content.occupation(slug);
  }

  @Get('schools')
  @ApiOperation({ summary: 'Schools with programs, filtered by occupation, state, delivery, credential' })
  schools(@Query() query: PublicSchoolsQueryDto): Promise<PublicSchoolsResponse> {
    return this.content.schools(query);
  }

  @Get('sources')
  @ApiOperation({ summary: 'Every source the current publication cites' })
  sources(): Promise<PublicSourcesResponse> {
    return this.content.sources();
  }
}
