import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsISO8601, IsNotEmpty, IsString, Max, MaxLength, Min } from 'class-validator';
import type {
  CancelScheduleRequest,
  MoveScheduleRequest,
  SchedulePublicationRequest,
} from '@careerscope/shared';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const MAX_VERSION = 2_147_483_647;

export class SchedulePublicationDto implements SchedulePublicationRequest {
  @ApiProperty({ example: 'May 2025 wage release', maxLength: 500 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'Write a note for the publication' })
  @MaxLength(500)
  note: string;

  @ApiProperty({
    example: '2026-05-14T14:00:00.000Z',
    description: 'When to publish (ISO timestamp, in the future)',
  })
  @IsISO8601(
    { strict: true },
    { message: 'dueAt must be a date and time (ISO 8601), e.g. 2026-05-14T14:00:00Z' },
  )
  dueAt: string;
}

export class MoveScheduleDto implements MoveScheduleRequest {
  @ApiProperty({ minimum: 1 })
  @IsInt()
  @Min(1)
  @Max(MAX_VERSION)
  version: number;

  @ApiProperty({ example: '2026-05-14T14:00:00.000Z' })
  @IsISO8601(
    { strict: true },
    { message: 'dueAt must be a date and time (ISO 8601), e.g. 2026-05-14T14:00:00Z' },
  )
  dueAt: string;
}

export class CancelScheduleDto implements CancelScheduleRequest {
  @ApiProperty({ minimum: 1 })
  @IsInt()
  @Min(1)
  @Max(MAX_VERSION)
  version: number;
}
