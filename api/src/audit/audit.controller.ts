import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuditEventView, Page } from '@careerscope/shared';
import { Access } from '../auth/access.decorator';
import { ApiErrorDto } from '../common/errors/api-error.dto';
import { AuditService } from './audit.service';
import { AuditEventQueryDto } from './dto/audit-event.query';

@ApiTags('audit')
@Access('admin')
@Controller('audit-events')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ApiOperation({
    summary: 'The audit log, newest first (admin)',
    description:
      'Sign-ins, failed sign-ins, lockouts, account changes, publishes, rollbacks and imports. Filter by type, user (as actor or subject) and time range.',
  })
  @ApiOkResponse({ description: '`{ items: AuditEventView[], total, page, pageSize }`' })
  @ApiBadRequestResponse({ description: 'A filter is not valid', type: ApiErrorDto })
  list(@Query() query: AuditEventQueryDto): Promise<Page<AuditEventView>> {
    return this.audit.list(query);
  }
}
