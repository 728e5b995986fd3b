// A comment as the public sees it (the thread's JSON, the live stream): never the email or the address.
import type { CommentRow, CommentStatus } from './storage/store.js';

/** A comment as the public sees it: never the email. */
export interface PublicComment {
  id: number;
  articleId: string;
  parentId: number | null;
  author: { name: string; url: string | null };
  content: string;
  date: string;
  status: CommentStatus;
}

export function publicComment(row: CommentRow): PublicComment {
  return {
    id: row.id,
    articleId: row.article_id,
    parentId: row.parent_id,
    author: { name: row.author_name, url: row.author_url || null },
    content: row.content,
    date: row.created_at,
    status: row.status,
  };
}
