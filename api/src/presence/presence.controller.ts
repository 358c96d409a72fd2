import { Controller, Delete, Get, HttpCode, Param, Put } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { RecordPresence, SessionUser } from '@careerscope/shared';
import { Access } from '../auth/access.decorator';
import { ApiErrorDto } from '../common/errors/api-error.dto';
import { CurrentUser } from '../auth/current-user.decorator';
import { PresenceParamsDto } from './dto/presence-params.dto';
import { PresenceService } from './presence.service';

@ApiTags('presence')
@Access()
@ApiBadRequestResponse({ description: 'Not a record type, or not a record id', type: ApiErrorDto })
@Controller('presence/:recordType/:recordId')
export class PresenceController {
  constructor(private readonly presence: PresenceService) {}

  @Get()
  @ApiOperation({ summary: 'Who else has this record open in the editor now' })
  @ApiOkResponse({ description: '`{ recordType, recordId, others: [{ user, since, lastSeen }] }`' })
  others(@Param() params: PresenceParamsDto, @CurrentUser() user: SessionUser): Promise<RecordPresence> {
    return this.presence.others(user.id, params.recordType, params.recordId);
  }

  @Put()
  @ApiOperation({
    summary: 'Heartbeat: I have this record open (every 20 s); answers who else has it open',
    description: 'An editor not heard from for 60 s no longer counts as editing.',
  })
  @ApiOkResponse({ description: 'As GET' })
  heartbeat(@Param() params: PresenceParamsDto, @CurrentUser() user: SessionUser): Promise<RecordPresence> {
    return this.presence.heartbeat(user.id, params.recordType, params.recordId);
  }

  @Delete()
  @HttpCode(204)
  @ApiOperation({ summary: 'I left this record' })
  @ApiNoContentResponse({ description: 'Released (also when it was not held)' })
  release(@Param() params: PresenceParamsDto, @CurrentUser() user: SessionUser): Promise<void> {
    return this.presence.release(user.id, params.recordType, params.recordId);
  }
}
