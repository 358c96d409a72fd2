import { XMLBuilder } from 'fast-xml-parser';
import { CHANGES_FEED_PATH, type PublicationChangesView } from '@careerscope/shared';

export const ATOM_NAMESPACE = 'http://www.w3.org/2005/Atom';
const XHTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';
export const ATOM_CONTENT_TYPE = 'application/atom+xml; charset=utf-8';

const builder = new XMLBuilder({ ignoreAttributes: false, format: true, suppressEmptyNode: true });

/** Characters XML 1.0 does not allow anywhere, even escaped. */
const clean = (text: string): string =>
  // eslint-disable-next-line no-control-regex
  text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');

const longDate = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });

/**
 * The Atom 1.0 document of the newest publications: one entry per publication, titled with what it
 * changed, its lines as an XHTML list, linked to its place on the `/changes` page. The builder escapes
 * every text and attribute.
 */
export function buildChangesFeed(origin: string, items: PublicationChangesView[]): string {
  const pageUrl = `${origin}/changes`;
  // Before anything is published the feed is valid but empty, "updated" at the epoch.
  const updated = items[0]?.publishedAt ?? new Date(0).toISOString();
  return builder.build({
    '?xml': { '@_version': '1.0', '@_encoding': 'utf-8' },
    feed: {
      '@_xmlns': ATOM_NAMESPACE,
      '@_xml:lang': 'en-US',
      id: pageUrl,
      title: 'Careerscope: what changed',
      subtitle: 'Each publication of Careerscope’s career figures and what it changed',
      updated,
      link: [
        { '@_rel': 'self', '@_type': 'application/atom+xml', '@_href': `${origin}${CHANGES_FEED_PATH}` },
        { '@_rel': 'alternate', '@_type': 'text/html', '@_href': pageUrl },
      ],
      author: { name: 'Careerscope' },
      entry: items.map((item) => ({
        id: `${pageUrl}#publication-${item.number}`,
        title: clean(item.headline),
        published: item.publishedAt,
        updated: item.publishedAt,
        link: {
          '@_rel': 'alternate',
          '@_type': 'text/html',
          '@_href': `${pageUrl}#publication-${item.number}`,
        },
        content: {
          '@_type': 'xhtml',
          div: {
            '@_xmlns': XHTML_NAMESPACE,
            p: [
              `Published ${longDate.format(new Date(item.publishedAt))}.`,
              ...(item.note ? [clean(item.note)] : []),
            ],
            ...(item.lines.length > 0 ? { ul: { li: item.lines.map((line) => clean(line.text)) } } : {}),
          },
        },
      })),
    },
  });
}
