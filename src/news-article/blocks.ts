import { html, nothing, type TemplateResult } from 'lit';
import type { ArticleImage, Block } from '../internal/article-context.js';
import { sanitizeHTML } from '../internal/sanitize.js';

/** A figure with reserved dimensions (no layout shift) and a caption + credit. */
export function renderFigure(image: ArticleImage, part: string, loading: 'eager' | 'lazy'): TemplateResult {
  const caption = image.caption || image.credit;
  return html`<figure part=${part}>
    <img
      src=${image.src}
      alt=${image.alt}
      width=${image.width ?? nothing}
      height=${image.height ?? nothing}
      loading=${loading}
      decoding="async"
    />
    ${caption
      ? html`<figcaption part="caption">
          ${image.caption ?? nothing}
          ${image.credit ? html`<span class="credit" part="credit">${image.credit}</span>` : nothing}
        </figcaption>`
      : nothing}
  </figure>`;
}

function renderHeading(level: number, text: string): TemplateResult {
  // Lit can't bind a tag name; five literal templates cost less than the static-html module.
  switch (level) {
    case 3:
      return html`<h3>${text}</h3>`;
    case 4:
      return html`<h4>${text}</h4>`;
    case 5:
      return html`<h5>${text}</h5>`;
    case 6:
      return html`<h6>${text}</h6>`;
    default:
      return html`<h2>${text}</h2>`;
  }
}

function renderBlock(block: Block): TemplateResult {
  switch (block.type) {
    case 'paragraph':
      return html`<p>${block.html ? sanitizeHTML(block.html) : block.text}</p>`;
    case 'heading':
      return renderHeading(block.level, block.text);
    case 'quote':
      return html`<figure class="quote">
        <blockquote><p>${block.text}</p></blockquote>
        ${block.cite ? html`<figcaption><cite>${block.cite}</cite></figcaption>` : nothing}
      </figure>`;
    case 'image':
      return renderFigure(block, 'body-figure', 'lazy');
    case 'list':
      return block.ordered
        ? html`<ol>${block.items.map((item) => html`<li>${item}</li>`)}</ol>`
        : html`<ul>${block.items.map((item) => html`<li>${item}</li>`)}</ul>`;
    case 'html':
      return html`<div class="html">${sanitizeHTML(block.html)}</div>`;
  }
}

/**
 * The body, rendered once per article: sanitized fragments are built here and kept with the
 * template values, so re-renders reuse them instead of sanitizing again.
 */
export function renderBody(body: Block[] | string): TemplateResult | TemplateResult[] | DocumentFragment {
  return typeof body === 'string' ? sanitizeHTML(body) : body.map(renderBlock);
}
