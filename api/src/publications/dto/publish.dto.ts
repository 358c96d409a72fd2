import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

export class PublishDto {
  @ApiProperty({ example: 'May 2025 wage release' })
  @IsString()
  @MaxLength(500)
  note: string;
}
