/** `custom-elements.json`, served by the `news-elements-manifest` plugin in `.storybook/main.ts`. */
declare module 'virtual:news-elements/custom-elements' {
  const manifest: import('./manifest.js').Manifest;
  export default manifest;
}
