import type { PublicationSnapshot } from '@careerscope/shared';

/**
 * Everything the public sees, frozen at publish time. Views are stored fully resolved (Markdown already
 * rendered and sanitized), so serving a page is a lookup, and an old publication renders exactly as
 * it did. The shape is part of the wire contract (`GET /api/publications/:number`).
 */
export type PublicSnapshot = PublicationSnapshot;
