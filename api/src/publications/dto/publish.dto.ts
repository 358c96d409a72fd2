import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, MaxLength } from 'class-validator';
import type { PublishRequest } from '@careerscope/shared';

export class PublishDto implements PublishRequest {
  @ApiProperty({ example: 'May 2025 wage release', maxLength: 500 })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MaxLength(500)
  note: string;
}
