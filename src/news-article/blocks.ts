import { html, nothing, type TemplateResult } from 'lit';
import type { Article, ArticleImage, Block } from '../model/article.js';
import { renderedHTML } from './body-html.js';

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

/** Lit can't bind a tag name: one template per heading level. */
function renderHeading(level: 2 | 3 | 4 | 5 | 6, text: string): TemplateResult {
  switch (level) {
    case 2:
      return html`<h2>${text}</h2>`;
    case 3:
      return html`<h3>${text}</h3>`;
    case 4:
      return html`<h4>${text}</h4>`;
    case 5:
      return html`<h5>${text}</h5>`;
    case 6:
      return html`<h6>${text}</h6>`;
  }
}

function renderBlock(block: Block, sanitized: (html: string) => unknown): TemplateResult {
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
export function renderBody(article: Article): TemplateResult[] | unknown {
  const sanitized = (html: string) => renderedHTML(article, html);
  const { body } = article;
  return typeof body === 'string' ? sanitized(body) : body.map((block) => renderBlock(block, sanitized));
}
