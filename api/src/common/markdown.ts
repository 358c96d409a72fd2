import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

// Raw HTML in an editor's Markdown is shown as text, never run; links must be http(s) or mailto.
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

const allowed: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'strong',
    'em',
    'ul',
    'ol',
    'li',
    'a',
    'code',
    'blockquote',
    'h3',
    'h4',
    'sup',
    'sub',
  ],
  allowedAttributes: { a: ['href', 'title'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  transformTags: {
    a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer' }),
  },
};
allowed.allowedAttributes = { a: ['href', 'title', 'rel'] };

/** Editor Markdown → HTML that is safe to put into a page. */
export function renderMarkdown(source: string): string {
  if (source.trim() === '') {
    return '';
  }
  return sanitizeHtml(markdown.render(source), allowed).trim();
}
