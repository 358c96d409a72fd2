import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { MARKDOWN_MAX_LENGTH, type MarkdownPreviewRequest } from '@careerscope/shared';

export class MarkdownPreviewDto implements MarkdownPreviewRequest {
  @ApiProperty({
    description: 'Markdown as the editor typed it; may be empty',
    example: 'Coders are measured by **29-2072**.',
    maxLength: MARKDOWN_MAX_LENGTH,
  })
  @IsString()
  @MaxLength(MARKDOWN_MAX_LENGTH)
  markdown: string;
}
