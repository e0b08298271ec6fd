// What a renderer of one kind of resource gives the page layout.
import type { SafeHtml } from './html.ts';

export interface RenderedResource {
  /** Names the kind of page (a class on <body>). */
  kind: 'film' | 'person' | 'organization' | 'resource';
  /** The <title>, without the site name. */
  title: string;
  /** The meta description. */
  description: string;
  /** Open Graph type. */
  ogType: string;
  body: SafeHtml;
}
