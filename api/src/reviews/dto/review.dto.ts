import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateIf } from 'class-validator';
import {
  SNAPSHOT_COLLECTIONS,
  type ReviewCommentRequest,
  type ReviewDecisionRequest,
  type SnapshotCollection,
  type SubmitReviewRequest,
} from '@careerscope/shared';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class SubmitReviewDto implements SubmitReviewRequest {
  @ApiProperty({ example: 'May 2025 wages for 88 occupations', maxLength: 1000 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'Write a note for the reviewer: what changed and what to look at' })
  @MaxLength(1000)
  note: string;
}

export class ResubmitReviewDto implements SubmitReviewRequest {
  @ApiProperty({ example: 'Fixed the median for Medical Coders', maxLength: 1000 })
  @Transform(trim)
  @IsString()
  @MaxLength(1000)
  note: string;
}

export class ApproveReviewDto implements ReviewDecisionRequest {
  @ApiPropertyOptional({ maxLength: 2000 })
  @Transform(trim)
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class RequestChangesDto implements ReviewDecisionRequest {
  @ApiProperty({ example: 'The 90th percentile looks like last year’s', maxLength: 2000 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'Say what should change' })
  @MaxLength(2000)
  note: string;
}

export class ReviewCommentDto implements ReviewCommentRequest {
  @ApiProperty({ maxLength: 4000 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'Write a comment' })
  @MaxLength(4000)
  body: string;

  @ApiPropertyOptional({ enum: SNAPSHOT_COLLECTIONS })
  @ValidateIf((dto: ReviewCommentDto) => dto.collection !== undefined || dto.recordKey !== undefined)
  @IsIn(SNAPSHOT_COLLECTIONS, { message: `collection must be one of ${SNAPSHOT_COLLECTIONS.join(', ')}` })
  collection?: SnapshotCollection;

  @ApiPropertyOptional({ maxLength: 200, description: 'The record as the diff keys it (slug or id)' })
  @ValidateIf((dto: ReviewCommentDto) => dto.recordKey !== undefined || dto.fieldPath !== undefined)
  @IsString({ message: 'recordKey names the record the comment is on (needed with fieldPath)' })
  @IsNotEmpty({ message: 'recordKey names the record the comment is on (needed with fieldPath)' })
  @MaxLength(200)
  recordKey?: string;

  @ApiPropertyOptional({ maxLength: 300 })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  recordLabel?: string;

  @ApiPropertyOptional({ maxLength: 500, description: 'The field path as the diff gives it' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  fieldPath?: string;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  fieldLabel?: string;
}
