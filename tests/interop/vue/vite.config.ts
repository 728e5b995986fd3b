// readme:vue-config:start
// vite.config.ts
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

const isCustomElement = (tag: string) => tag.startsWith('news-') || tag.startsWith('comment-');

export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement } } })], // the tags are elements, not Vue components
});
// readme:vue-config:end
