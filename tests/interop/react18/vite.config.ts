import { defineConfig } from 'vite';

// No React plugin needed to build: Vite's own transform compiles JSX for React's automatic runtime.
export default defineConfig({
  root: import.meta.dirname,
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: { outDir: 'dist', emptyOutDir: true },
  logLevel: 'warn',
});
