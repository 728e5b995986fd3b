import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin, PluginOption } from 'vite';
import { devServerFs, STORYBOOK_FOLDERS } from '../server/dev-serving.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const manifestPath = resolve(root, 'custom-elements.json');
const MANIFEST_MODULE = 'virtual:news-elements/custom-elements';

/**
 * Autodocs read `custom-elements.json`, which is generated (git-ignored). Regenerate it whenever
 * Storybook starts or builds, so the docs never describe yesterday's elements and a fresh clone
 * builds without running `npm run build` first. If the analyzer fails (a file mid-edit), an
 * existing manifest is used and the failure is printed.
 */
function generateManifest(): void {
  const cli = createRequire(import.meta.url).resolve('@custom-elements-manifest/analyzer/cem.js');
  try {
    execFileSync(process.execPath, [cli, 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
  } catch (error) {
    if (!existsSync(manifestPath)) throw new Error(`custom-elements.json could not be generated: ${String(error)}`);
    console.warn(`custom-elements.json could not be regenerated, using the existing one: ${String(error)}`);
  }
}

/** Serves the manifest as a module, so the preview never imports a file that may not exist yet. */
function manifestModule(): Plugin {
  return {
    name: 'news-elements-manifest',
    resolveId: (id) => (id === MANIFEST_MODULE ? `\0${MANIFEST_MODULE}` : undefined),
    load(id) {
      if (id !== `\0${MANIFEST_MODULE}`) return undefined;
      this.addWatchFile(manifestPath);
      return `export default ${readFileSync(manifestPath, 'utf8')};`;
    },
  };
}

const isDemoServer = (plugin: PluginOption): boolean =>
  !!plugin && typeof plugin === 'object' && 'name' in plugin && plugin.name === 'news-elements-demo-server';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(viteConfig, { configType }) {
    generateManifest();
    // The root vite.config.ts serves the demo's SQLite comments endpoint in `npm start`; Storybook
    // stubs its endpoints in the page (stories/support/fetch-stub.ts) and must not open a database.
    const plugins = (viteConfig.plugins ?? []).flat(Infinity as 1).filter((plugin) => !isDemoServer(plugin as PluginOption));
    return {
      ...viteConfig,
      plugins: [...plugins, manifestModule()],
      // `npm run storybook` serves what the stories need, not the project root: the database
      // (data/), server/, tests/, package.json and .git were all fetchable from it.
      server: { ...viteConfig.server, fs: devServerFs(root, STORYBOOK_FOLDERS) },
      // `storybook build --quiet` should not list every chunk Vite wrote.
      logLevel: configType === 'PRODUCTION' ? 'warn' : viteConfig.logLevel,
      build: {
        ...viteConfig.build,
        // Storybook's own preview bundle is big by nature; the warning is noise in `npm test`.
        chunkSizeWarningLimit: 4096,
        rolldownOptions: { ...viteConfig.build?.rolldownOptions, checks: { ...viteConfig.build?.rolldownOptions?.checks, pluginTimings: false } },
      },
    };
  },
};

export default config;
