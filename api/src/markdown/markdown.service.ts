import { Injectable } from '@nestjs/common';
import type { MarkdownPreviewResponse } from '@careerscope/shared';
import { renderMarkdown } from '../common/markdown';

/** Markdown as the portal will show it, for the editor's preview beside a prose field. */
@Injectable()
export class MarkdownService {
  /** The very renderer publishing uses, so the preview cannot drift from the published page. */
  preview(markdown: string): MarkdownPreviewResponse {
    return { html: renderMarkdown(markdown) };
  }
}
