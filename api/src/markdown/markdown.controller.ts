import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { MARKDOWN_MAX_LENGTH, type MarkdownPreviewResponse } from '@careerscope/shared';
import { Access } from '../auth/access.decorator';
import { ApiErrorDto } from '../common/errors/api-error.dto';
import { MarkdownPreviewDto } from './dto/markdown-preview.dto';
import { MarkdownService } from './markdown.service';

@ApiTags('markdown')
@Access()
@Controller('markdown')
export class MarkdownController {
  constructor(private readonly markdown: MarkdownService) {}

  @Post('preview')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Render Markdown as the portal will show it (editor, admin)',
    description:
      'Sanitized HTML from the renderer publishing uses: raw HTML is shown as text, links are http(s) or mailto. Nothing is saved.',
  })
  @ApiOkResponse({ description: '`{ html }`; `""` for empty text' })
  @ApiBadRequestResponse({
    description: `\`markdown\` is missing, not a string, or longer than ${MARKDOWN_MAX_LENGTH} characters (field \`markdown\`)`,
    type: ApiErrorDto,
  })
  preview(@Body() body: MarkdownPreviewDto): MarkdownPreviewResponse {
    return this.markdown.preview(body.markdown);
  }
}
