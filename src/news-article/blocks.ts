import { html, nothing, type TemplateResult } from 'lit';
import type { Article, ArticleImage, Block } from '../model/article.js';
import { sanitizedTree } from './body-html.js';

/** A figure with reserved dimensions (no layout shift) and a caption + credit. */
export function renderFigure(image: ArticleImage, part: string, loading: 'eager' | 'lazy'): TemplateResult {
  return html`<figure part=${part}>
    <img
      src=${image.src}
      alt=${image.alt}
      width=${image.width ?? nothing}
      height=${image.height ?? nothing}
      loading=${loading}
    />
    ${image.caption || image.credit
      ? html`<figcaption part="caption">
          ${image.caption}
          ${image.credit ? html`<span class="credit" part="credit" dir="auto">${image.credit}</span>` : nothing}
        </figcaption>`
      : nothing}
  </figure>`;
}

/** Lit can't bind a tag name: a heading is built as a node, its text set as text. */
function renderHeading(level: number, text: string): HTMLHeadingElement {
  const heading = document.createElement(`h${level}`) as HTMLHeadingElement;
  heading.textContent = text;
  return heading;
}

function renderBlock(block: Block, sanitized: (html: string) => DocumentFragment): TemplateResult | Node {
  switch (block.type) {
    case 'paragraph':
      return html`<p>${block.html ? sanitized(block.html) : block.text}</p>`;
    case 'heading':
      return renderHeading(block.level, block.text);
    case 'quote':
      return html`<figure class="quote">
        <blockquote><p>${block.text}</p></blockquote>
        ${block.cite ? html`<figcaption>— <cite dir="auto">${block.cite}</cite></figcaption>` : nothing}
      </figure>`;
    case 'image':
      return renderFigure(block, 'body-figure', 'lazy');
    case 'list':
      return block.ordered
        ? html`<ol>${block.items.map((item) => html`<li>${item}</li>`)}</ol>`
        : html`<ul>${block.items.map((item) => html`<li>${item}</li>`)}</ul>`;
    case 'html':
      return html`<div class="html">${sanitized(block.html)}</div>`;
  }
}

/**
 * The body, rendered once per article and kept with the template values, so re-renders of the same
 * article reuse it. Its HTML is copied from the trees `normalizeArticle` sanitized (and counted the
 * words of), not parsed again; an article from elsewhere has its HTML sanitized here.
 */
export function renderBody(article: Article): (TemplateResult | Node)[] | DocumentFragment {
  const sanitized = (html: string) => document.importNode(sanitizedTree(article, html), true);
  const { body } = article;
  return typeof body === 'string' ? sanitized(body) : body.map((block) => renderBlock(block, sanitized));
}
