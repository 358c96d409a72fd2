import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsUUID, Matches } from 'class-validator';
import {
  AUDIT_CATEGORIES,
  AUDIT_EVENT_TYPES,
  AuditCategory,
  AuditEventQuery,
  AuditEventType,
} from '@careerscope/shared';
import { PageQueryDto } from '../../common/editorial/list-query.dto';

export class AuditEventQueryDto extends PageQueryDto implements AuditEventQuery {
  @ApiPropertyOptional({ enum: AUDIT_EVENT_TYPES })
  @IsOptional()
  @IsIn(AUDIT_EVENT_TYPES, { message: `type must be one of ${AUDIT_EVENT_TYPES.join(', ')}` })
  type?: AuditEventType;

  @ApiPropertyOptional({ enum: AUDIT_CATEGORIES, description: 'A group of event types' })
  @IsOptional()
  @IsIn(AUDIT_CATEGORIES, { message: `category must be one of ${AUDIT_CATEGORIES.join(', ')}` })
  category?: AuditCategory;

  @ApiPropertyOptional({ description: 'Events done by, or concerning, this user', format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'userId must be a user id' })
  userId?: string;

  @ApiPropertyOptional({ description: 'Events done by this user', format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'actorId must be a user id' })
  actorId?: string;

  @ApiPropertyOptional({
    description:
      'What the events concern: a record type (`occupation`, `wageStatistic` …), `user`, `import`, `publication`',
    example: 'wageStatistic',
  })
  @IsOptional()
  @Matches(/^[a-zA-Z]{1,40}$/, { message: 'subjectType must be a record type such as occupation' })
  subjectType?: string;

  @ApiPropertyOptional({
    description: 'From this moment on (ISO date or timestamp, inclusive)',
    example: '2025-01-01',
  })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'from must be an ISO date or timestamp' })
  from?: string;

  @ApiPropertyOptional({
    description: 'Before this moment (ISO date or timestamp, exclusive)',
    example: '2026-01-01',
  })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'to must be an ISO date or timestamp' })
  to?: string;
}
