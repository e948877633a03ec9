import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { matchPatterns, PORTAL_IDS, type PortalId } from './lib/portals';
import { isShippedPracticePage, practiceAssetsNamed } from './lib/practice/navigation';

/**
 * `import SCREENS from 'virtual:loketgids-screens/wse'`: the portal's screens reduced to what the
 * recogniser reads (ids and signals; no targets, titles or flows), as one JSON literal — the
 * content script on every portal page carries no more of the guide data than that.
 */
function recognitionScreens(): Plugin {
  const prefix = 'virtual:loketgids-screens/';
  return {
    name: 'loketgids:recognition-screens',
    resolveId: (id) => (id.startsWith(prefix) ? `\0${id}` : undefined),
    async load(id) {
      if (!id.startsWith(`\0${prefix}`)) return undefined;
      const portal = id.slice(prefix.length + 1);
      const { tsImport } = await import('tsx/esm/api');
      const { GUIDE_INPUTS } = await tsImport('./lib/flows/registry.ts', import.meta.url);
      const { recognitionScreens: project } = await tsImport('./lib/flows/define.ts', import.meta.url);
      const input = GUIDE_INPUTS[portal as PortalId];
      if (!input) throw new Error(`virtual:loketgids-screens: no portal "${portal}"`);
      this.addWatchFile(resolve(`lib/flows/${portal}`));
      // JSON.parse of one string: quicker for the engine than the same object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(project(input)))});`;
    },
  };
}

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact(), recognitionScreens()],
    // SOURCEMAP=1 npx wxt build: source maps, to see which modules a content script's size comes from.
    build: { sourcemap: process.env.SOURCEMAP === '1' },
  }),
  hooks: {
    // The content scripts (lib/overlay/boot.ts) and the portals' guide modules they load
    // (entrypoints/<portal>-guide.ts) use the browser's own promise-based `chrome.*` (WXT's plain
    // `wxt/browser`), not webextension-polyfill: ~3 KiB gzip less in each. The content script's
    // message listener answers with sendResponse, which both understand; the guide modules listen
    // to no message (the content script passes them on). The Oefenmodus's frame script, the pages
    // and the background keep the polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      const onPortalPages = (entrypoint: (typeof entrypoints)[number]) =>
        entrypoint.type === 'content-script' ||
        (PORTAL_IDS as readonly string[]).includes(entrypoint.name.replace(/-guide$/, ''));
      if (!entrypoints.every(onPortalPages)) return;
      const alias = config.resolve?.alias;
      if (Array.isArray(alias)) {
        config.resolve = { ...config.resolve, alias: alias.filter((entry) => entry.find !== 'wxt/browser') };
      } else if (alias && typeof alias === 'object') {
        const { 'wxt/browser': _polyfill, ...rest } = alias as Record<string, string>;
        config.resolve = { ...config.resolve, alias: rest };
      }
    },
    // The guide data ships unparsed (no zod on portal pages): check it here, so no build carries
    // a flow with a typo, an unknown page state or a missing target (lib/flows/check.ts).
    // Loaded with tsx: the feature files the schemas live in bring their card components (.tsx).
    'build:before': async () => {
      const { tsImport } = await import('tsx/esm/api');
      const { GUIDE_INPUTS } = await tsImport('./lib/flows/registry.ts', import.meta.url);
      const { checkPortalGuide } = await tsImport('./lib/flows/check.ts', import.meta.url);
      for (const input of Object.values(GUIDE_INPUTS)) checkPortalGuide(input);
    },
    // The replica portal pages in public/practice are served by the tests and `npm start` on the
    // real portal hostnames, and ship in the extension for the Oefenmodus (entrypoints/oefenmodus),
    // which shows them in a frame. Only the markups a trainer picks ship (lib/practice/navigation.ts
    // SHIPPED_VARIANTS), with the assets those pages name; every other markup (lit, spa, drift, and
    // the pages written blind, which carry their authors' answer keys) stays test-only.
    'build:publicAssets': (_wxt, files) => {
      const named = new Set<string>();
      for (const file of files) {
        if (!isShippedPracticePage(file.relativeDest)) continue;
        const html = 'absoluteSrc' in file ? readFileSync(file.absoluteSrc, 'utf8') : String(file.contents);
        for (const asset of practiceAssetsNamed(html)) named.add(asset);
      }
      const shipped = files.filter(
        (file) =>
          !file.relativeDest.startsWith('practice/') ||
          isShippedPracticePage(file.relativeDest) ||
          named.has(file.relativeDest),
      );
      files.splice(0, files.length, ...shipped);
    },
  },
  manifest: {
    name: '__MSG_extName__',
    short_name: 'Loketgids',
    description: '__MSG_extDescription__',
    default_locale: 'nl',
    // Only what the code uses: storage for settings and per-tab guide progress; sidePanel for the
    // guide's card beside the portal in Chrome's and Edge's side panel (entrypoints/sidepanel,
    // `side_panel.default_path` is added by WXT for that entrypoint; `chrome.sidePanel.open` from
    // the card's "Naast de pagina tonen"). No host permissions: the content scripts are declared
    // for the portal hosts (lib/portals.ts) and the extension makes no requests of its own.
    permissions: ['storage', 'sidePanel'],
    // Each portal's guide module (entrypoints/<portal>-guide.ts), which its content script loads
    // with import() when a page needs the guide (lib/overlay/boot.ts): reachable from that
    // portal's pages only. Not `use_dynamic_url`: with it, Chromium took ~20 ms longer to load the
    // module on every page (measured), and it would hide nothing — the portal's own page can see
    // the overlay's host element anyway.
    web_accessible_resources: PORTAL_IDS.map((portal) => ({
      resources: [`${portal}-guide.js`],
      matches: matchPatterns(portal),
      use_dynamic_url: false,
    })),
    // What an administrator may set by enterprise policy (lib/policy/managed.ts, README).
    storage: { managed_schema: 'managed-schema.json' },
    action: { default_title: 'Loketgids' },
    // Alt+Shift+L: focus into the guide's card on the portal page, and back (lib/overlay/focus.ts).
    commands: {
      'focus-guide': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_cmdFocusGuide__',
      },
    },
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
  },
});
