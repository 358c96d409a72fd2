import request from 'supertest';
import { MARKDOWN_MAX_LENGTH } from '@careerscope/shared';
import { renderMarkdown } from '../src/common/markdown';
import { clients, Clients } from './support/editorial-fixtures';
import { startTestApp, TestApp } from './support/test-app';

/** `POST /api/markdown/preview`: the editor's preview beside every prose field. */
describe('Markdown preview', () => {
  let testApp: TestApp;
  let as: Clients;

  const preview = (client: Clients[keyof Clients], body: unknown) =>
    client.agent
      .post('/api/markdown/preview')
      .set(client.csrf)
      .send(body as object);

  beforeAll(async () => {
    testApp = await startTestApp();
    as = await clients(testApp);
  });

  afterAll(() => testApp.close());

  it('refuses anonymous callers (401) and a request without the CSRF token (403)', async () => {
    const anonymous = await preview(as.anonymous, { markdown: 'Hi' }).expect(401);
    expect(anonymous.body.error).toBe('unauthorized');
    const noToken = await as.editor.agent.post('/api/markdown/preview').send({ markdown: 'Hi' }).expect(403);
    expect(noToken.body.error).toBe('forbidden');
  });

  it.each(['editor', 'admin'] as const)('renders Markdown to HTML for an %s', async (caller) => {
    const response = await preview(as[caller], {
      markdown: '### Duties\n\n- Code **claims**\n- Read [BLS](https://www.bls.gov/ooh/)',
    }).expect(200);
    expect(response.body).toEqual({
      html:
        '<h3>Duties</h3>\n<ul>\n<li>Code <strong>claims</strong></li>\n' +
        '<li>Read <a href="https://www.bls.gov/ooh/" rel="noopener noreferrer">BLS</a></li>\n</ul>',
    });
  });

  it('renders exactly as publishing does, sanitizing script, event handlers and javascript: links', async () => {
    const markdown =
      'Hello <script>alert(1)</script> <img src=x onerror=alert(1)>\n\n[click](javascript:alert(1))';
    const response = await preview(as.editor, { markdown }).expect(200);
    expect(response.body.html).toBe(renderMarkdown(markdown));
    expect(response.body.html).not.toMatch(/<script|<img|href="javascript:/i);
    expect(response.body.html).toContain('&lt;script&gt;');
  });

  it('answers empty text with empty HTML', async () => {
    await preview(as.editor, { markdown: '' }).expect(200, { html: '' });
    await preview(as.editor, { markdown: '  \n ' }).expect(200, { html: '' });
  });

  it('accepts text as long as the longest prose field', async () => {
    const response = await preview(as.editor, { markdown: 'a'.repeat(MARKDOWN_MAX_LENGTH) }).expect(200);
    expect(response.body.html).toBe(`<p>${'a'.repeat(MARKDOWN_MAX_LENGTH)}</p>`);
  });

  it.each([
    ['no markdown', {}],
    ['markdown that is not text', { markdown: 42 }],
    ['markdown that is null', { markdown: null }],
    ['markdown longer than any prose field', { markdown: 'a'.repeat(MARKDOWN_MAX_LENGTH + 1) }],
  ])('refuses %s with a 400 naming the field', async (_name, body) => {
    const response = await preview(as.editor, body).expect(400);
    expect(response.body).toMatchObject({ statusCode: 400, error: 'validation_failed' });
    expect(response.body.fields.map((field: { field: string }) => field.field)).toContain('markdown');
  });

  it('refuses unknown fields (400)', async () => {
    const response = await preview(as.editor, { markdown: 'Hi', html: '<b>x</b>' }).expect(400);
    expect(response.body.fields.map((field: { field: string }) => field.field)).toContain('html');
  });

  it('is documented in OpenAPI with its roles, body and answers', async () => {
    const document = (await request(testApp.server).get('/api/docs-json').expect(200)).body;
    const operation = document.paths['/api/markdown/preview'].post;
    expect(operation['x-roles']).toEqual(['editor', 'admin']);
    expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['200', '400', '401', '403']));
    const schema = document.components.schemas.MarkdownPreviewDto;
    expect(schema.required).toEqual(['markdown']);
    expect(schema.properties.markdown.maxLength).toBe(MARKDOWN_MAX_LENGTH);
  });
});
