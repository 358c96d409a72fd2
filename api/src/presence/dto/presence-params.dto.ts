import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsUUID } from 'class-validator';
import { RECORD_TYPES, type RecordType } from '@careerscope/shared';

/** `/api/presence/:recordType/:recordId`. */
export class PresenceParamsDto {
  @ApiProperty({ enum: RECORD_TYPES })
  @IsIn(RECORD_TYPES, { message: `recordType must be one of ${RECORD_TYPES.join(', ')}` })
  recordType: RecordType;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'recordId must be a record id' })
  recordId: string;
}
