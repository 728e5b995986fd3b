// The demo's thread: a few approved comments on the seed article, written when a database is created.
import type { NewComment } from './store.js';

export const SEED_ARTICLE_ID = 'carney-beijing-visit';

/** Seed thread: offsets in minutes before "now", so the demo shows recent, relative times. */
export const SEED: ReadonlyArray<{ ref: string; parent?: string; minutesAgo: number; name: string; email: string; url: string; content: string; held?: true }> = [
  {
    ref: 'canola',
    minutesAgo: 185,
    name: 'Marie Tremblay',
    email: 'marie.tremblay@example.com',
    url: '',
    content:
      'Good to see Ottawa and Beijing talking again. Canola growers here in Saskatchewan have been waiting for this since the tariffs hit last year.',
  },
  {
    ref: 'ev',
    minutesAgo: 142,
    name: 'Daniel Okafor',
    email: 'd.okafor@example.com',
    url: 'https://example.com/daniel',
    content:
      'Easing the 100% tariff on Chinese EVs in exchange for relief on canola and seafood sounds fair on paper.\nThe details will matter: quotas, timelines, and what Washington says about it.',
  },
  {
    ref: 'reply',
    parent: 'ev',
    minutesAgo: 97,
    name: 'Sophie Lavoie',
    email: 'sophie.lavoie@example.com',
    url: '',
    content: "Agreed. I'd like to see it in writing before anyone celebrates. We've had \"constructive talks\" before.",
  },
  {
    ref: 'diversify',
    minutesAgo: 41,
    name: 'Kevin Cheng',
    email: 'kevin.cheng@example.com',
    url: '',
    content:
      'Diversifying away from a single export market makes sense, but not at any price. Hoping the next trip report says more about the steel and aluminum side.',
  },
  {
    // Held for moderation: the demo's /admin/ has one to approve out of the box.
    ref: 'held',
    parent: 'canola',
    minutesAgo: 9,
    name: 'Priya Raman',
    email: 'priya.raman@example.com',
    url: '',
    content: 'Does anyone know whether the canola relief covers meal and oil, or only the seed itself? The article does not say.',
    held: true,
  },
];

/**
 * The seed thread as comments to insert in order, dated from `now`; a reply names its parent by
 * `ref`, so each engine passes the ids it got back so far.
 */
export function seedComments(now: number): { ref: string; comment: (ids: ReadonlyMap<string, number>) => NewComment }[] {
  return SEED.map((s) => ({
    ref: s.ref,
    comment: (ids) => ({
      articleId: SEED_ARTICLE_ID,
      parentId: s.parent ? ids.get(s.parent)! : null,
      name: s.name,
      email: s.email,
      url: s.url,
      content: s.content,
      date: new Date(now - s.minutesAgo * 60_000).toISOString(),
      status: s.held ? 'pending' : 'approved',
    }),
  }));
}
