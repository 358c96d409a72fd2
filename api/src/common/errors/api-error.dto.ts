import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ApiErrorBody, DependentRecord, FieldError } from '@careerscope/shared';

/** OpenAPI description of the one error shape (see ApiExceptionFilter). */
export class FieldErrorDto implements FieldError {
  @ApiProperty({ example: 'password' })
  field: string;

  @ApiProperty({ example: 'Use at least 12 characters' })
  message: string;
}

export class DependentRecordDto implements DependentRecord {
  @ApiProperty({ example: 'comparison', description: 'A RecordType for editable records' })
  type: string;

  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'CMA vs. Medical Coder' })
  label: string;
}

export class DependentsDto {
  @ApiProperty({ example: 'comparison' })
  type: string;

  @ApiProperty({ example: 1 })
  count: number;

  @ApiProperty({ type: [String], description: 'Up to 20 ids' })
  ids: string[];

  @ApiProperty({ type: [DependentRecordDto], description: 'The same records, named' })
  records: DependentRecord[];
}

export class ApiErrorDto implements ApiErrorBody {
  @ApiProperty({ example: 400 })
  statusCode: number;

  @ApiProperty({
    example: 'validation_failed',
    description:
      'bad_request, unauthorized, forbidden, not_found, conflict, validation_failed, locked, too_many_requests, totp_required, two_factor_enrollment_required, last_admin, …',
  })
  error: string;

  @ApiProperty({ example: 'Some fields are not valid' })
  message: string;

  @ApiPropertyOptional({ type: [FieldErrorDto] })
  fields?: FieldError[];

  @ApiPropertyOptional({ description: 'On 409 for a stale version: the record as it is now' })
  current?: unknown;

  @ApiPropertyOptional({
    type: [DependentsDto],
    description: 'On 409 for a delete: the records that still refer to this one, by type, named',
  })
  dependents?: DependentsDto[];
}
