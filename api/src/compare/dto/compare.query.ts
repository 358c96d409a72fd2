import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, Matches } from 'class-validator';
import { MAX_COMPARED_OCCUPATIONS, MIN_COMPARED_OCCUPATIONS, SLUG_PATTERN } from '@careerscope/shared';

export class CompareQueryDto {
  /** `o=a,b,c`: the occupations to compare, in column order. */
  @ApiProperty({
    type: String,
    description: `${MIN_COMPARED_OCCUPATIONS} to ${MAX_COMPARED_OCCUPATIONS} occupation slugs, comma-separated, in column order`,
    example: 'medical-assistant,medical-records-specialist',
  })
  @Transform(({ value }) =>
    typeof value === 'string'
      ? value
          .split(',')
          .map((slug) => slug.trim())
          .filter(Boolean)
      : value,
  )
  @IsArray({ message: 'o must be a comma-separated list of occupation slugs' })
  @ArrayMinSize(MIN_COMPARED_OCCUPATIONS, {
    message: `Compare at least ${MIN_COMPARED_OCCUPATIONS} occupations`,
  })
  @ArrayMaxSize(MAX_COMPARED_OCCUPATIONS, {
    message: `Compare at most ${MAX_COMPARED_OCCUPATIONS} occupations`,
  })
  @ArrayUnique({ message: 'Each occupation can be compared once' })
  @Matches(SLUG_PATTERN, { each: true, message: 'Each occupation must be given by its slug' })
  o: string[];
}
