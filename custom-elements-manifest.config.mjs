export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/internal/**', 'src/**/define.ts'],
  outdir: '.',
  litelement: true,
};
