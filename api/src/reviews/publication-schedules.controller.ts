import {
  BadRequestException,
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { PublicationScheduleView } from '@careerscope/shared';
import { Access } from '../auth/access.decorator';
import { ChangeContextOf } from '../auth/current-user.decorator';
import { ApiErrorDto } from '../common/errors/api-error.dto';
import type { ChangeContext } from '../users/users.service';
import { CancelScheduleDto, MoveScheduleDto, SchedulePublicationDto } from './dto/schedule.dto';
import { PublicationSchedulesService } from './publication-schedules.service';

const scheduleId = new ParseUUIDPipe({
  exceptionFactory: () => new BadRequestException('A scheduled publish id is a UUID'),
});

@ApiTags('publications')
@Access('editor', 'admin')
@Controller('publication-schedules')
export class PublicationSchedulesController {
  constructor(private readonly schedules: PublicationSchedulesService) {}

  @Get()
  @ApiOperation({
    summary:
      'Scheduled publishes: the waiting one and recent ones, with why a failed one failed (editor, admin)',
  })
  @ApiOkResponse({ description: 'PublicationScheduleView[], newest first' })
  list(): Promise<PublicationScheduleView[]> {
    return this.schedules.list();
  }

  @Post()
  @ApiOperation({
    summary: 'Publish the working copy at a set time (editor, admin)',
    description:
      'One publish waits at a time. With REQUIRE_REVIEW=true the pending changes must be approved first (409), and the approval must still cover the working copy when the time comes, or the publish fails with that reason.',
  })
  @ApiCreatedResponse({ description: 'The scheduled publish' })
  @ApiBadRequestResponse({ description: '`dueAt` is not in the future', type: ApiErrorDto })
  @ApiConflictResponse({ type: ApiErrorDto })
  create(
    @Body() body: SchedulePublicationDto,
    @ChangeContextOf() context: ChangeContext,
  ): Promise<PublicationScheduleView> {
    return this.schedules.create(body, context);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Move a waiting scheduled publish to another time (editor, admin)' })
  @ApiOkResponse({ description: 'The scheduled publish' })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  @ApiConflictResponse({ description: 'Stale version, or it is no longer waiting', type: ApiErrorDto })
  move(
    @Param('id', scheduleId) id: string,
    @Body() body: MoveScheduleDto,
    @ChangeContextOf() context: ChangeContext,
  ): Promise<PublicationScheduleView> {
    return this.schedules.move(id, body, context);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel a waiting scheduled publish (editor, admin)' })
  @ApiOkResponse({ description: 'The scheduled publish (cancelled)' })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  @ApiConflictResponse({ description: 'Stale version, or it is no longer waiting', type: ApiErrorDto })
  cancel(
    @Param('id', scheduleId) id: string,
    @Body() body: CancelScheduleDto,
    @ChangeContextOf() context: ChangeContext,
  ): Promise<PublicationScheduleView> {
    return this.schedules.cancel(id, body, context);
  }
}
