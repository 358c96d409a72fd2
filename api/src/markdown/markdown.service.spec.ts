import { Test } from '@nestjs/testing';
import { renderMarkdown } from '../common/markdown';
import { MarkdownService } from './markdown.service';

describe('MarkdownService', () => {
  let service: MarkdownService;

  beforeEach(async () => {
    const moduleRef = await Test.createTestingModule({ providers: [MarkdownService] }).compile();
    service = moduleRef.get(MarkdownService);
  });

  it('previews with the renderer publishing uses', () => {
    const source =
      '### Duties\n\n- code **claims**\n- [BLS](https://www.bls.gov/)\n\n<script>alert(1)</script>';
    expect(service.preview(source)).toEqual({ html: renderMarkdown(source) });
  });

  it('previews blank text as empty HTML', () => {
    expect(service.preview(' \n ')).toEqual({ html: '' });
  });
});
