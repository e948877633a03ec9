import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { matchPatterns, PORTAL_IDS } from './lib/portals';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    // SOURCEMAP=1 npx wxt build: source maps, to see which modules a content script's size comes from.
    build: { sourcemap: process.env.SOURCEMAP === '1' },
  }),
  hooks: {
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
    // SHIPPED_VARIANTS); the lit, spa and drift variants stay test-only: they test recognition.
    'build:publicAssets': (_wxt, files) => {
      const testOnly =
        /^practice\/(?:.*\.(?:lit|spa|drift)\.html|assets\/(?:lit-|drift|spa|blind-[a-z]+-(?:lit|drift)).*)$/;
      const shipped = files.filter((file) => !testOnly.test(file.relativeDest));
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
    // portal's pages only, at a URL that changes every session (no fingerprinting by a fixed path).
    web_accessible_resources: PORTAL_IDS.map((portal) => ({
      resources: [`${portal}-guide.js`],
      matches: matchPatterns(portal),
      use_dynamic_url: true,
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
