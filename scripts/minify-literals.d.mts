import type { Plugin } from 'vite';
export function squeezeLiterals(code: string, fileName?: string): string | null;
export function minifyLiterals(): Plugin;
