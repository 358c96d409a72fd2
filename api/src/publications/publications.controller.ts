import { BadRequestException, Body, Controller, Get, Param, ParseIntPipe, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type {
  DraftDiff,
  PublicationDetail,
  PublicationDiff,
  PublicationSummary,
  SessionUser,
} from '@careerscope/shared';
import { Access } from '../auth/access.decorator';
import { ChangeContextOf, CurrentUser } from '../auth/current-user.decorator';
import { ApiErrorDto } from '../common/errors/api-error.dto';
import type { ChangeContext } from '../users/users.service';
import { PublishDto } from './dto/publish.dto';
import { PublicationHistoryService } from './publication-history.service';
import { PublicationsService } from './publications.service';

const publicationNumber = new ParseIntPipe({
  exceptionFactory: () => new BadRequestException('A publication number is a whole number'),
});

@ApiTags('publications')
@Access('editor', 'admin')
@Controller('publications')
export class PublicationsController {
  constructor(
    private readonly publications: PublicationsService,
    private readonly history: PublicationHistoryService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Every publication, newest first (editor, admin)' })
  @ApiOkResponse({ description: 'PublicationSummary[]; `current` marks the one the public sees' })
  list(): Promise<PublicationSummary[]> {
    return this.history.list();
  }

  @Post()
  @ApiOperation({
    summary: 'Publish the working copy as the next publication (editor, admin)',
    description:
      'Validates the working copy first: every occupation needs a summary, a national wage statistic and an employment projection for its SOC code, and every `section` row of a comparison needs that section for each compared occupation. The public API switches to the new publication at once, on every instance.',
  })
  @ApiCreatedResponse({ description: 'The new publication' })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  @ApiUnprocessableEntityResponse({
    description:
      '`validation_failed`: nothing was published; `fields` lists every problem as `{ field: "occupations.<slug>.summary" | "occupations.<slug>.wages" | "occupations.<slug>.projections" | "comparisons.<slug>.rows.<key>", message }`',
    type: ApiErrorDto,
  })
  publish(@Body() body: PublishDto, @ChangeContextOf() context: ChangeContext): Promise<PublicationSummary> {
    return this.publications.publish(body.note, context);
  }

  // Before `:number`, so `draft` is never read as a publication number.
  @Get('draft/diff')
  @ApiOperation({
    summary: 'What publishing the working copy now would change (editor, admin)',
    description:
      'The working copy rendered exactly as publishing renders it, compared with the current publication the same way `GET /api/publications/:from/diff/:to` compares two publications: records `added`, `changed` (field by field, `before` and `after`) and `removed`, each with its `recordType`, its `recordId` in the working copy (null once deleted) and a `label`; each field change has its path in words and, inside a record, the nested record it belongs to. `from` is the current publication (0 before the first), `to` is 0. `publishable` and `problems` say whether `POST /api/publications` would accept the working copy now, with the same checks and field names as its 422, each problem pointing at the record to fix.',
  })
  @ApiOkResponse({ description: 'DraftDiff: PublicationDiff plus `publishable` and `problems`' })
  draftDiff(): Promise<DraftDiff> {
    return this.publications.draftDiff();
  }

  @Get(':number')
  @ApiOperation({ summary: 'One publication with its full snapshot (editor, admin)' })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  get(@Param('number', publicationNumber) number: number): Promise<PublicationDetail> {
    return this.history.get(number);
  }

  @Get(':from/diff/:to')
  @ApiOperation({
    summary: 'What changed from one publication to another (editor, admin)',
    description:
      'Record by record (sources, occupations, comparisons, schools), field by field: `added`, `removed` or `changed` with `before` and `after`, computed from the stored snapshots. Each record carries its `recordType` and its `recordId` in the working copy (null when it no longer exists); each field its path in words (`label`) and, inside a record, the nested record it belongs to.',
  })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  diff(
    @Param('from', publicationNumber) from: number,
    @Param('to', publicationNumber) to: number,
  ): Promise<PublicationDiff> {
    return this.history.diff(from, to);
  }

  @Post(':number/restore')
  @ApiOperation({
    summary: 'Roll back: publish an earlier publication again, under a new number (editor, admin)',
    description:
      'The new publication’s snapshot equals the earlier one and `restoredFromNumber` names it; when an editor rolls back, schools and programs stay as the current publication has them (admins add and take down schools, so only an admin’s rollback restores them too).',
  })
  @ApiCreatedResponse({ description: 'The new publication' })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  restore(
    @Param('number', publicationNumber) number: number,
    @Body() body: PublishDto,
    @ChangeContextOf() context: ChangeContext,
    @CurrentUser() user: SessionUser,
  ): Promise<PublicationSummary> {
    return this.publications.restore(number, body.note, context, { restoreSchools: user.role === 'admin' });
  }
}
