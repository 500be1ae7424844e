/**
 * Formatted feed text (`richDescription`, see `feed/rich-text-rules.ts`)
 * drawn with Lit templates: every string is escaped text, every link goes
 * through `safeHref` and `externalLink`, and no HTML is parsed here. Only
 * validated text reaches this part, so its depth is bounded.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { RichNode, RichText } from '../feed/rich-text-rules.js';
import type { ShownText } from '../locale/text.js';
import { safeHref } from '../links.js';
import { externalLink } from './external-link.js';

function children(nodes: readonly RichNode[]): unknown[] {
  return nodes.map(node);
}

function node(item: RichNode): unknown {
  if (typeof item === 'string') return item;
  const inner = children(item.c);
  switch (item.k) {
    case 'p':
      return html`<p>${inner}</p>`;
    case 'ul':
      return html`<ul>${inner}</ul>`;
    case 'ol':
      return html`<ol>${inner}</ol>`;
    case 'li':
      return html`<li>${inner}</li>`;
    case 'em':
      return html`<em>${inner}</em>`;
    case 'strong':
      return html`<strong>${inner}</strong>`;
    case 'a': {
      const href = safeHref(item.href);
      return href ? externalLink(href, inner) : inner;
    }
    default:
      return nothing;
  }
}

/** The blocks of `rich` in the language `shown` was picked in, or undefined when it has none in that language. */
export function richBlocks(rich: RichText | undefined, shown: ShownText | undefined, feedLanguage: string): readonly RichNode[] | undefined {
  if (!rich || !shown) return undefined;
  if (Array.isArray(rich)) return shown.lang === feedLanguage ? rich : undefined;
  return Object.hasOwn(rich, shown.lang) ? rich[shown.lang] : undefined;
}

/**
 * A description: the formatted text in the language the plain one is shown
 * in, else the plain paragraph. Both carry the shown language and direction.
 */
export function richParagraphs(blocks: readonly RichNode[], shown: ShownText, className: string): TemplateResult {
  return html`<div class="${className} rich" lang=${shown.lang} dir=${shown.dir}>${children(blocks)}</div>`;
}
