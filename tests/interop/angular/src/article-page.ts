// readme:angular:start
import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import 'news-elements/define';
import type { CommentSuccessDetail } from 'news-elements';
import article from './article.json';

@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA], // the tags are custom elements: [prop] binds properties, (event) listens
  template: `
    <news-article [data]="article">
      <comment-list [src]="'/api/articles/' + article.id + '/comments'"></comment-list>
      <comment-form endpoint="/api/comments" (comment-success)="onPosted($event)"></comment-form>
    </news-article>
    <output data-testid="posted">{{ posted() }}</output>
  `,
})
export class ArticlePage {
  protected readonly article = article;
  protected readonly posted = signal('');

  protected onPosted(event: Event) {
    const { response } = (event as CustomEvent<CommentSuccessDetail>).detail;
    this.posted.set(String((response as { id: number }).id));
  }
}
// readme:angular:end
