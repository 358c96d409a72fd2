import { renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
  it('renders paragraphs and emphasis', () => {
    expect(renderMarkdown('Figures are for **medical records specialists**.')).toBe(
      '<p>Figures are for <strong>medical records specialists</strong>.</p>',
    );
  });

  it('shows raw HTML as text instead of running it', () => {
    const html = renderMarkdown('Hello <script>alert(1)</script> <img src=x onerror=alert(1)>');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;');
  });

  it('never turns a javascript: URL into a link', () => {
    const html = renderMarkdown('[click](javascript:alert(1)) and [BLS](https://www.bls.gov/)');
    expect(html).not.toMatch(/href="\s*javascript:/i);
    expect(html).not.toMatch(/<a[^>]*>click<\/a>/);
    expect(html).toContain('<a href="https://www.bls.gov/" rel="noopener noreferrer">BLS</a>');
  });

  it('renders empty text as an empty string', () => {
    expect(renderMarkdown('  \n')).toBe('');
  });
});
