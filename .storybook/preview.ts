import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from 'virtual:news-elements/custom-elements';
import * as elements from '../src/index.js';
import '../src/define.js';
// Every shipped locale, registered at once: the toolbar switches among them without loading.
import '../src/internal/all-locales.js';
import { LOCALE_TAGS, localeDirection } from '../src/internal/localize.js';
import { docsManifest } from './manifest.js';
import { installFetchRoutes, type FetchRoutes } from '../stories/support/fetch-stub.js';
import { forgetComments } from '../stories/support/decorators.js';

/** Class name → the tag it is registered under (`NewsArticle` → `news-article`). */
const tags = new Map<string, string>();
for (const [name, value] of Object.entries(elements)) {
  if (typeof value !== 'function') continue;
  const tag = customElements.getName(value as CustomElementConstructor);
  if (tag) tags.set(name, tag);
}

setCustomElementsManifest(docsManifest(manifest, (className) => tags.get(className)));

/** Parts, custom properties, slots and events are documentation, not inputs: no controls for them. */
const CONTROLLED = new Set(['properties', 'attributes']);

/** `string | undefined` is not a type Storybook knows, so it offers a JSON editor: give it the plain control. */
function primitiveControl(type: string | undefined): 'text' | 'number' | 'boolean' | undefined {
  const base = type?.replace(/\s*\|\s*undefined$/, '');
  return base === 'string' ? 'text' : base === 'number' ? 'number' : base === 'boolean' ? 'boolean' : undefined;
}

/** Each locale's name in its own language, for the toolbar ("Français"). */
const localeName = (tag: string): string => new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;

const preview: Preview = {
  // The toolbar's language switch: the preview page's `lang` and `dir`, which every element
  // follows (a story that sets its own language, like RightToLeft, keeps it).
  globalTypes: {
    locale: {
      description: 'Language of the page (lang and dir)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: LOCALE_TAGS.map((tag) => ({ value: tag, title: `${localeName(tag)} (${tag})`, right: localeDirection(tag) === 'rtl' ? 'rtl' : undefined })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en' },
  decorators: [
    (story, { globals }) => {
      const tag = (globals.locale as string | undefined) ?? 'en';
      document.documentElement.lang = tag;
      document.documentElement.dir = localeDirection(tag);
      return story();
    },
  ],
  argTypesEnhancers: [
    ({ argTypes }) =>
      Object.fromEntries(
        Object.entries(argTypes).map(([name, argType]) => {
          const category = argType.table?.category;
          if (category && !CONTROLLED.has(category)) return [name, { ...argType, control: false }];
          const control = argType.control as { type?: string } | false | undefined;
          const primitive = primitiveControl(argType.table?.type?.summary);
          if (primitive && (!control || control.type === 'object')) return [name, { ...argType, control: { type: primitive } }];
          return [name, argType];
        }),
      ),
  ],
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true, sort: 'requiredFirst' },
    docs: { toc: false },
  },
  beforeEach: ({ parameters }) => {
    // Comment drafts live in localStorage by design: start every story without the last one's.
    if (!parameters.keepDrafts) forgetComments();
    // Each story's endpoints (`parameters.fetch`) are answered in the page while it is shown, and
    // removed when it goes: no server, and no story's answers leak into another.
    return installFetchRoutes((parameters.fetch ?? {}) as FetchRoutes);
  },
};

export default preview;
