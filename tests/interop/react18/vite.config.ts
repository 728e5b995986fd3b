import { defineConfig } from 'vite';

// No React plugin needed to build: Vite's own transform compiles JSX for React's automatic runtime.
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
});
