import type { Plugin } from 'vite';
import { Resvg } from '@resvg/resvg-js';
import { readFileSync } from 'node:fs';

export const THEME = '#0b5cad';
const ICON_SVG = readFileSync(new URL('../../public/favicon.svg', import.meta.url), 'utf8');

/** The app icons, drawn from public/favicon.svg at build time (no browser, no committed PNGs). */
export const ICONS = [
  { fileName: 'icons/icon-192.png', size: 192, purpose: 'any' },
  { fileName: 'icons/icon-512.png', size: 512, purpose: 'any' },
  // Maskable: the platform crops to a circle or squircle, so the mark sits inside the middle
  // 80 % (the safe zone) on a full-bleed background.
  { fileName: 'icons/maskable-512.png', size: 512, purpose: 'maskable' },
  { fileName: 'icons/apple-touch-icon-180.png', size: 180, purpose: 'any' },
] as const;

function iconPng(size: number, maskable: boolean): Buffer {
  const svg = maskable
    ? `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><rect width="40" height="40" fill="${THEME}"/><svg x="4" y="4" width="32" height="32" viewBox="0 0 32 32">${ICON_SVG.replace(/^<svg[^>]*>|<\/svg>\s*$/g, '')}</svg></svg>`
    : ICON_SVG;
  return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
}

export function appIconsPlugin(): Plugin {
  return {
    name: 'kartenchronik-app-icons',
    apply: 'build',
    generateBundle() {
      for (const icon of ICONS) {
        this.emitFile({
          type: 'asset',
          fileName: icon.fileName,
          source: iconPng(icon.size, icon.purpose === 'maskable'),
        });
      }
    },
    transformIndexHtml: () => [
      {
        tag: 'link',
        attrs: { rel: 'apple-touch-icon', href: './icons/apple-touch-icon-180.png' },
        injectTo: 'head',
      },
      { tag: 'meta', attrs: { name: 'theme-color', content: THEME }, injectTo: 'head' },
    ],
  };
}
