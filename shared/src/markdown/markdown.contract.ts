/**
 * The longest Markdown text any prose field takes (a summary, a section's body, a bio …), in
 * characters; the preview endpoint takes the same.
 */
export const MARKDOWN_MAX_LENGTH = 100_000;

/** `POST /api/markdown/preview`: Markdown as an editor typed it. */
export interface MarkdownPreviewRequest {
  markdown: string;
}

/**
 * The Markdown rendered exactly as the portal will show it: sanitized HTML (raw HTML and script
 * never survive); `''` for empty or blank text.
 */
export interface MarkdownPreviewResponse {
  html: string;
}
