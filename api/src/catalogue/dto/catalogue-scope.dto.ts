import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsInt, Matches, Min } from 'class-validator';
import {
  DETAILED_SOC_CODE_PATTERN,
  SOC_MAJOR_GROUP_PATTERN,
  type UpdateCatalogueScopeRequest,
} from '@careerscope/shared';

export class UpdateCatalogueScopeDto implements UpdateCatalogueScopeRequest {
  @ApiProperty({ example: ['29', '31'], description: 'Two-digit SOC major groups wholly in the catalogue' })
  @IsArray()
  @ArrayMaxSize(23)
  @Matches(SOC_MAJOR_GROUP_PATTERN, { each: true, message: 'Each major group is two digits, such as 29' })
  majorGroups: string[];

  @ApiProperty({ example: ['11-9111'], description: 'Detailed SOC codes outside those groups' })
  @IsArray()
  @ArrayMaxSize(500)
  @Matches(DETAILED_SOC_CODE_PATTERN, {
    each: true,
    message: 'Each SOC code is an occupation code such as 11-9111, not a group such as 11-0000',
  })
  socCodes: string[];

  @ApiProperty({ description: 'The version the change started from' })
  @IsInt()
  @Min(1)
  version: number;
}
