/**
 * React components for the elements (`news-elements/react`), made with `@lit/react`'s
 * `createComponent`: React 18 sets every prop of a plain custom-element tag as an attribute
 * (`data={article}` would arrive as "[object Object]"); these set properties, listen for the
 * elements' events through `on…` props, and forward `ref` to the element. React 19 handles custom
 * elements itself: there, plain tags with `news-elements/jsx`'s types do as well.
 *
 * Importing this module defines the five tags (idempotently), as `news-elements/define` does.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { NewsArticle as NewsArticleElement } from '../news-article/news-article.js';
import { NewsByline as NewsBylineElement } from '../news-byline/news-byline.js';
import { CommentForm as CommentFormElement } from '../comment-form/comment-form.js';
import { CommentList as CommentListElement } from '../comment-list/comment-list.js';
import { CommentModeration as CommentModerationElement } from '../comment-moderation/comment-moderation.js';
import '../define.js';

/** The event an `on…` prop listens for, typed with the detail its element declares. */
const event = <K extends keyof GlobalEventHandlersEventMap>(name: K) => name as EventName<GlobalEventHandlersEventMap[K]>;

export const NewsArticle = createComponent({
  react: React,
  tagName: 'news-article',
  elementClass: NewsArticleElement,
  events: { onNewsArticleLoad: event('news-article-load'), onNewsArticleError: event('news-article-error') },
  displayName: 'NewsArticle',
});

export const NewsByline = createComponent({ react: React, tagName: 'news-byline', elementClass: NewsBylineElement, displayName: 'NewsByline' });

export const CommentForm = createComponent({
  react: React,
  tagName: 'comment-form',
  elementClass: CommentFormElement,
  events: {
    onCommentSubmit: event('comment-submit'),
    onCommentSuccess: event('comment-success'),
    onCommentError: event('comment-error'),
    onCommentCancel: event('comment-cancel'),
  },
  displayName: 'CommentForm',
});

export const CommentList = createComponent({
  react: React,
  tagName: 'comment-list',
  elementClass: CommentListElement,
  events: { onCommentListLoad: event('comment-list-load'), onCommentListError: event('comment-list-error') },
  displayName: 'CommentList',
});

export const CommentModeration = createComponent({
  react: React,
  tagName: 'comment-moderation',
  elementClass: CommentModerationElement,
  events: {
    onCommentModerationSignin: event('comment-moderation-signin'),
    onCommentModerationSignout: event('comment-moderation-signout'),
    onCommentModerationAction: event('comment-moderation-action'),
    onCommentModerationError: event('comment-moderation-error'),
  },
  displayName: 'CommentModeration',
});
