import type { SourceView } from '@careerscope/shared';

const ONET = /o\*net/i;

/** Whether a source is the O*NET database, whose licence asks for an attribution wherever it is shown. */
export function isOnetSource(source: Pick<SourceView, 'key' | 'title' | 'publisher'>): boolean {
  return (
    source.key.toLowerCase().startsWith('onet') || ONET.test(source.title) || ONET.test(source.publisher)
  );
}
