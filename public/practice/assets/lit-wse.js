/*
 * WSE-loket replica, variant `lit`: a small vanilla emulation of the Flemish design system's
 * web components as the portal shows them after its JavaScript has run.
 * Loaded with <script src="/practice/assets/lit-wse.js" defer> after replica.js.
 *
 * Three families, as in milieuinfo/webcomponent-vl-ui-* and milieuinfo/uigov-web-components:
 * 1. Extended native elements (`<button is="vl-button">`, `<a is="vl-link">`, `<h1 is="vl-h1">`,
 *    `<section is="vl-region">`, `<div is="vl-column" data-vl-size="6">`, `<input is="vl-input-field">`,
 *    `<table is="vl-data-table">` …): no `vl-*` class in the markup; the classes are added when
 *    the script runs (customized built-ins where the browser supports them, and a scan that dresses
 *    them anyway where it does not).
 * 2. "VlElement" components that build an open shadow root in their constructor and copy
 *    `data-vl-*` attributes into it: vl-header, vl-functional-header (title/sub-title only in
 *    attributes), vl-alert (title attribute), vl-radio / vl-checkbox (`data-vl-label`, the <input>
 *    in the shadow root), vl-info-tile, vl-progress-bar, vl-footer.
 * 3. "Lit" components that render a moment later: vl-button-next (the real <button> inside the
 *    shadow root, label through the default slot, fires `vl-click`), vl-link-next (the real <a>
 *    inside, label from the slot or the `label` attribute), vl-spotlight (title through
 *    slot="title", the <a class="vl-spotlight"> inside), vl-input-field-next (label in
 *    `data-vl-label`, the <input> inside; its value is mirrored into a hidden light-DOM input so
 *    the surrounding <form> submits it), and the portal's own wse-menu-tile.
 * 4. The app shell <wse-loket-app data-app-route="…">: renders its child <template> (the one with
 *    the same data-app-route, else the first) into its own open shadow root
 *    after `data-render-delay` ms (default 700); Lit components inside that root render later still.
 *    Elements with `data-route` navigate on `vl-click` (the app's router).
 *
 * Attribute placeholders: an element with `data-lit-fill="attr1 attr2"` gets `{kbo}`, `{org}`,
 * `{dienst}`, `{klant}` in those attributes replaced from the URL before the components read them;
 * `data-lit-text="klant"` sets the element's text (the client's name for ?kbo=).
 * `data-replica-keep="kbo dienst"` on vl-link-next / vl-spotlight / wse-menu-tile / [data-route]
 * carries those URL parameters along (replica.js does the same for plain <a> and <form>).
 */
(() => {
  const W = window;
  const D = document;
  const params = new URLSearchParams(W.location.search);

  const DIENSTEN = {
    'vlaams-opleidingsverlof': 'Terugbetalingsaanvraag Vlaams opleidingsverlof',
    'vlaamse-ondersteuningspremie': 'Aanvraag Vlaamse ondersteuningspremie',
    'doelgroepvermindering-oudere-werknemers': 'Doelgroepvermindering oudere werknemers',
    arbeidskaart: 'Arbeidskaart (economische migratie)',
    'dienstencheques-erkenning': 'Erkenning als dienstenchequebedrijf',
  };
  const KLANTEN = {
    '0566.988.259': 'Bouwbedrijf Peeters NV',
    '0417.390.703': 'Janssens & Zonen BV',
    '0428.759.497': 'Schoonmaakbedrijf Vandamme BV',
    '1027.798.538': 'Kinderopvang De Zonnebloem VZW',
  };

  function formatKbo(raw) {
    if (W.LoketReplica && typeof W.LoketReplica.formatKbo === 'function') return W.LoketReplica.formatKbo(raw);
    if (raw == null) return '';
    const typed = String(raw).trim();
    let digits = typed
      .toUpperCase()
      .replace(/^BE/, '')
      .replace(/\(0\)/g, '')
      .replace(/[\s.\-/]/g, '');
    if (/^\d{9}$/.test(digits)) digits = `0${digits}`;
    if (/^\d{10}$/.test(digits)) return `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}`;
    return typed;
  }

  const kboParam = formatKbo(params.get('kbo'));
  const VALUES = {
    kbo: kboParam || '0417.390.703',
    org: (params.get('org') || '').trim() || 'SD WORX',
    dienst: DIENSTEN[params.get('dienst') || ''] || DIENSTEN['vlaams-opleidingsverlof'],
    klant: KLANTEN[kboParam || '0417.390.703'] || 'Onderneming',
  };

  function fillText(text) {
    return String(text).replace(/\{(kbo|org|dienst|klant)\}/g, (_m, key) => VALUES[key]);
  }

  function fillAttributes(root) {
    if (!root || !root.querySelectorAll) return;
    for (const el of root.querySelectorAll('[data-lit-fill]')) {
      const names = (el.getAttribute('data-lit-fill') || '').split(/\s+/).filter(Boolean);
      for (const name of names) {
        if (el.hasAttribute(name)) el.setAttribute(name, fillText(el.getAttribute(name)));
      }
      el.removeAttribute('data-lit-fill');
    }
    for (const el of root.querySelectorAll('[data-lit-text]')) {
      const key = el.getAttribute('data-lit-text');
      if (Object.hasOwn(VALUES, key)) el.textContent = VALUES[key];
      el.removeAttribute('data-lit-text');
    }
  }

  function keepHref(href, keep) {
    const names = (keep || '').split(/\s+/).filter(Boolean);
    if (!href) return href;
    try {
      const url = new URL(href, W.location.href);
      for (const name of names) {
        if (url.searchParams.has(name)) continue;
        for (const v of params.getAll(name)) url.searchParams.append(name, v);
      }
      return url.origin === W.location.origin ? url.pathname + url.search + url.hash : url.href;
    } catch (_e) {
      return href;
    }
  }

  function esc(value) {
    return String(value == null ? '' : value)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;');
  }

  function attr(el, name) {
    if (el.hasAttribute(`data-vl-${name}`)) return el.getAttribute(`data-vl-${name}`);
    if (el.hasAttribute(name)) return el.getAttribute(name);
    return null;
  }

  function flag(el, name) {
    return el.hasAttribute(`data-vl-${name}`) || el.hasAttribute(name);
  }

  function submitForm(form) {
    if (!form) return;
    for (const field of form.querySelectorAll('vl-input-field-next')) {
      if (typeof field.syncMirror === 'function') field.syncMirror();
    }
    try {
      if (typeof form.requestSubmit === 'function') form.requestSubmit();
      else form.submit();
    } catch (_e) {
      try {
        form.submit();
      } catch (_e2) {
        // nothing more to do
      }
    }
  }

  /* ------------------------------------------------------------------------------------------ */
  /* Design-system styles (the Lit components' globalStylesNext also lands in the document).    */
  /* ------------------------------------------------------------------------------------------ */
  const DS_CSS = `
    .vl-region { padding: 2.5rem 0; }
    .vl-region--alt { background: #f7f9fc; }
    .vl-region--no-space-top { padding-top: 0; }
    .vl-region--small { padding: 1.5rem 0; }
    .vl-layout { max-width: 76rem; margin: 0 auto; padding: 0 1.5rem; }
    .vl-grid { display: flex; flex-wrap: wrap; margin-left: -1.5rem; }
    .vl-grid > * { padding-left: 1.5rem; }
    .vl-grid--is-stacked > * { margin-bottom: 1.5rem; }
    .vl-grid--align-center { justify-content: center; }
    [class*="vl-col--"] { flex: 0 0 100%; max-width: 100%; }
    ${Array.from({ length: 12 }, (_v, i) => `.vl-col--${i + 1}-12 { flex-basis: ${(((i + 1) / 12) * 100).toFixed(3)}%; max-width: ${(((i + 1) / 12) * 100).toFixed(3)}%; }`).join('\n    ')}
    @media (max-width: 767px) { [class*="vl-col--"] { flex-basis: 100%; max-width: 100%; } }
    .vl-title { font-family: "Flanders Art Serif", Georgia, serif; color: #333332; margin: 0 0 1rem; line-height: 1.2; font-weight: 500; }
    .vl-title--h1 { font-size: 2.6rem; }
    .vl-title--h2 { font-size: 2rem; }
    .vl-title--h3 { font-size: 1.5rem; }
    .vl-title--h4 { font-size: 1.2rem; }
    .vl-title--h5, .vl-title--h6 { font-size: 1rem; }
    .vl-title--has-border { border-bottom: 1px solid #cbd2da; padding-bottom: .6rem; }
    .vl-title--alt { font-family: "Flanders Art Sans", Arial, sans-serif; }
    .vl-introduction { font-size: 1.25rem; line-height: 1.5; color: #333332; margin: 0 0 1.5rem; }
    .vl-link { color: #05c; text-decoration: underline; cursor: pointer; background: none; border: 0; padding: 0; font: inherit; }
    .vl-link:hover, .vl-link:focus { color: #003b8e; text-decoration: none; }
    .vl-link--bold { font-weight: 700; }
    .vl-link--block { display: block; }
    .vl-button { display: inline-flex; align-items: center; gap: .5rem; min-height: 3rem; padding: .7rem 1.4rem;
      background: #05c; color: #fff; border: 2px solid #05c; border-radius: .3rem; font: 500 1rem/1.2 "Flanders Art Sans", Arial, sans-serif;
      text-decoration: none; cursor: pointer; }
    .vl-button:hover, .vl-button:focus { background: #003b8e; border-color: #003b8e; color: #fff; }
    .vl-button--secondary { background: #fff; color: #05c; }
    .vl-button--secondary:hover { background: #e8ebee; color: #003b8e; }
    .vl-button--tertiary { background: transparent; color: #05c; border-color: transparent; text-decoration: underline; }
    .vl-button--tertiary:hover { background: #e8ebee; color: #003b8e; }
    .vl-button--narrow { padding: .4rem .9rem; min-height: 2.4rem; }
    .vl-button--large { font-size: 1.2rem; min-height: 3.6rem; }
    .vl-button--block { display: flex; width: 100%; justify-content: center; }
    .vl-button--error { background: #d2373c; border-color: #d2373c; }
    .vl-button--disabled, .vl-button[disabled] { background: #cbd2da; border-color: #cbd2da; color: #687483; cursor: not-allowed; }
    .vl-form__label { display: block; font-weight: 500; margin: 0 0 .4rem; color: #333332; }
    .vl-form__annotation { display: block; font-size: .875rem; color: #687483; margin-top: .3rem; }
    .vl-input-field, .vl-select, .vl-textarea { font: inherit; padding: .55rem .8rem; min-height: 2.75rem; border: 1px solid #8695a8;
      border-radius: .3rem; background: #fff; color: #333332; }
    .vl-input-field:focus, .vl-select:focus, .vl-textarea:focus { outline: 3px solid rgba(0,85,204,.4); border-color: #05c; }
    .vl-input-field--block, .vl-select--block, .vl-textarea--block { display: block; width: 100%; }
    .vl-input-field--error { border-color: #d2373c; }
    .vl-input-field[readonly] { background: #f3f5f6; }
    .vl-form-grid { display: grid; grid-template-columns: repeat(12, 1fr); gap: 1.2rem 1.5rem; }
    .vl-form-col--12-12 { grid-column: span 12; } .vl-form-col--6-12 { grid-column: span 6; }
    .vl-form-col--4-12 { grid-column: span 4; } .vl-form-col--3-12 { grid-column: span 3; } .vl-form-col--2-12 { grid-column: span 2; }
    .vl-form-col--8-12 { grid-column: span 8; }
    @media (max-width: 767px) { .vl-form-grid > * { grid-column: span 12; } }
    .vl-action-group { display: flex; flex-wrap: wrap; align-items: center; gap: 1rem; margin-top: 1.5rem; }
    .vl-action-group--align-right { justify-content: flex-end; }
    .vl-data-table { width: 100%; border-collapse: collapse; font-size: .95rem; }
    .vl-data-table th, .vl-data-table td { text-align: left; padding: .75rem .8rem; border-bottom: 1px solid #cbd2da; vertical-align: top; }
    .vl-data-table thead th { font-weight: 500; color: #687483; border-bottom: 2px solid #8695a8; }
    .vl-data-table--hover tbody tr:hover { background: #f3f5f6; }
    .vl-data-table--zebra tbody tr:nth-child(even) { background: #f7f9fc; }
    .vl-data-table__group th { background: #e8ebee; font-family: "Flanders Art Serif", Georgia, serif; font-size: 1.15rem; color: #333332; }
    .vl-link-list { list-style: none; margin: 0; padding: 0; }
    .vl-link-list__item { margin: 0 0 .6rem; }
    .vl-link-list--bordered .vl-link-list__item { border-bottom: 1px solid #cbd2da; padding-bottom: .6rem; }
    .vl-icon { display: inline-block; width: 1em; text-align: center; font-style: normal; }
    .vl-vi-arrow-right-fat::before { content: "\\2192"; } .vl-vi-arrow-left-fat::before { content: "\\2190"; }
    .vl-vi-info::before { content: "i"; font-weight: 700; } .vl-vi-check::before { content: "\\2713"; }
    .vl-vi-warning::before { content: "!"; font-weight: 700; } .vl-vi-external::before { content: "\\2197"; }
    .vl-vi-user::before { content: "\\263A"; } .vl-vi-lock::before { content: "\\1F512"; }
    .vl-vi-document::before { content: "\\1F5CE"; } .vl-vi-question-mark::before { content: "?"; font-weight: 700; }
    .vl-properties__list { display: grid; grid-template-columns: minmax(10rem, 18rem) 1fr; gap: .6rem 1.5rem; margin: 0 0 1.5rem; }
    .vl-properties__label { font-weight: 500; color: #687483; }
    .vl-properties__data { margin: 0; color: #333332; }
    .vl-u-visually-hidden { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    .vl-u-text--small { font-size: .875rem; } .vl-u-text--muted { color: #687483; }
    .vl-u-spacer--large { margin-bottom: 3rem; } .vl-u-spacer { margin-bottom: 1.5rem; } .vl-u-spacer--small { margin-bottom: .75rem; }
    .vl-u-mark { background: #fff4b2; padding: 0 .2rem; }
  `;

  const SHADOW_BASE = `
    :host { font-family: "Flanders Art Sans", Arial, sans-serif; color: #333332; }
    :host([hidden]) { display: none; }
    *, *::before, *::after { box-sizing: border-box; }
    ${DS_CSS}
  `;

  function injectGlobalStyles() {
    if (D.getElementById('lit-wse-ds-styles')) return;
    const style = D.createElement('style');
    style.id = 'lit-wse-ds-styles';
    style.textContent = DS_CSS;
    (D.head || D.documentElement).appendChild(style);
  }

  /* ------------------------------------------------------------------------------------------ */
  /* 1. Extended native elements                                                               */
  /* ------------------------------------------------------------------------------------------ */
  const BUTTON_MODS = ['secondary', 'tertiary', 'narrow', 'wide', 'large', 'block', 'error', 'loading', 'disabled'];
  const NATIVE = {
    'vl-button': {
      tag: 'button',
      ctor: 'HTMLButtonElement',
      base: ['vl-button'],
      prefix: 'vl-button--',
      mods: BUTTON_MODS,
    },
    'vl-link-button': {
      tag: 'a',
      ctor: 'HTMLAnchorElement',
      base: ['vl-button'],
      prefix: 'vl-button--',
      mods: BUTTON_MODS,
    },
    'vl-link': {
      tag: 'a',
      ctor: 'HTMLAnchorElement',
      base: ['vl-link'],
      prefix: 'vl-link--',
      mods: ['block', 'bold', 'error', 'small'],
    },
    'vl-button-link': {
      tag: 'button',
      ctor: 'HTMLButtonElement',
      base: ['vl-link'],
      prefix: 'vl-link--',
      mods: ['block', 'bold', 'error'],
    },
    'vl-h1': {
      tag: 'h1',
      ctor: 'HTMLHeadingElement',
      base: ['vl-title', 'vl-title--h1'],
      prefix: 'vl-title--',
      mods: ['has-border', 'alt', 'sans'],
    },
    'vl-h2': {
      tag: 'h2',
      ctor: 'HTMLHeadingElement',
      base: ['vl-title', 'vl-title--h2'],
      prefix: 'vl-title--',
      mods: ['has-border', 'alt', 'sans'],
    },
    'vl-h3': {
      tag: 'h3',
      ctor: 'HTMLHeadingElement',
      base: ['vl-title', 'vl-title--h3'],
      prefix: 'vl-title--',
      mods: ['has-border', 'alt', 'sans'],
    },
    'vl-h4': {
      tag: 'h4',
      ctor: 'HTMLHeadingElement',
      base: ['vl-title', 'vl-title--h4'],
      prefix: 'vl-title--',
      mods: ['has-border', 'alt', 'sans'],
    },
    'vl-region': {
      tag: 'section',
      ctor: 'HTMLElement',
      base: ['vl-region'],
      prefix: 'vl-region--',
      mods: ['alt', 'no-space-top', 'no-space-bottom', 'small', 'medium', 'bordered'],
    },
    'vl-layout': { tag: 'div', ctor: 'HTMLDivElement', base: ['vl-layout'], prefix: 'vl-layout--', mods: [] },
    'vl-grid': {
      tag: 'div',
      ctor: 'HTMLDivElement',
      base: ['vl-grid'],
      prefix: 'vl-grid--',
      mods: ['is-stacked', 'align-center', 'v-center'],
    },
    'vl-column': { tag: 'div', ctor: 'HTMLDivElement', base: [], prefix: 'vl-col--', mods: [], column: true },
    'vl-input-field': {
      tag: 'input',
      ctor: 'HTMLInputElement',
      base: ['vl-input-field'],
      prefix: 'vl-input-field--',
      mods: ['block', 'error', 'success', 'small', 'disabled'],
    },
    'vl-select': {
      tag: 'select',
      ctor: 'HTMLSelectElement',
      base: ['vl-select'],
      prefix: 'vl-select--',
      mods: ['block', 'error'],
    },
    'vl-textarea': {
      tag: 'textarea',
      ctor: 'HTMLTextAreaElement',
      base: ['vl-textarea'],
      prefix: 'vl-textarea--',
      mods: ['block', 'error'],
    },
    'vl-form-label': {
      tag: 'label',
      ctor: 'HTMLLabelElement',
      base: ['vl-form__label'],
      prefix: 'vl-form__label--',
      mods: ['light', 'block'],
    },
    'vl-form': { tag: 'form', ctor: 'HTMLFormElement', base: ['vl-form'], prefix: 'vl-form--', mods: [] },
    'vl-data-table': {
      tag: 'table',
      ctor: 'HTMLTableElement',
      base: ['vl-data-table'],
      prefix: 'vl-data-table--',
      mods: ['hover', 'zebra', 'lined', 'matrix'],
    },
    'vl-link-list': {
      tag: 'ul',
      ctor: 'HTMLUListElement',
      base: ['vl-link-list'],
      prefix: 'vl-link-list--',
      mods: ['bordered', 'inline', 'small'],
    },
    'vl-link-list-item': {
      tag: 'li',
      ctor: 'HTMLLIElement',
      base: ['vl-link-list__item'],
      prefix: 'vl-link-list__item--',
      mods: [],
    },
    'vl-introduction': {
      tag: 'p',
      ctor: 'HTMLParagraphElement',
      base: ['vl-introduction'],
      prefix: 'vl-introduction--',
      mods: [],
    },
    'vl-icon': {
      tag: 'span',
      ctor: 'HTMLSpanElement',
      base: ['vl-icon', 'vl-vi'],
      prefix: 'vl-icon--',
      mods: ['before', 'after', 'light', 'small', 'large'],
      icon: true,
    },
  };

  function dress(el) {
    if (!el || !el.getAttribute) return;
    const def = NATIVE[el.getAttribute('is') || ''];
    if (!def) return;
    for (const c of def.base) el.classList.add(c);
    for (const mod of def.mods) el.classList.toggle(def.prefix + mod, flag(el, mod));
    if (def.column) {
      const max = attr(el, 'max-size') || '12';
      el.classList.add(`vl-col--${attr(el, 'size') || max}-${max}`);
      const medium = attr(el, 'medium-size');
      if (medium) el.classList.add(`vl-col--${medium}-${max}--m`);
      const small = attr(el, 'small-size');
      if (small) el.classList.add(`vl-col--${small}-${max}--s`);
    }
    if (def.icon) {
      const icon = attr(el, 'icon');
      if (icon) el.classList.add(`vl-vi-${icon}`);
      el.setAttribute('aria-hidden', 'true');
    }
    if (def.tag === 'button' && el.querySelector && el.querySelector('[is="vl-icon"]'))
      el.classList.add('vl-button--icon-before');
  }

  function dressAll(root) {
    if (!root || !root.querySelectorAll) return;
    for (const el of root.querySelectorAll('[is]')) dress(el);
  }

  function defineNative() {
    if (!W.customElements) return;
    for (const name of Object.keys(NATIVE)) {
      const def = NATIVE[name];
      const Base = W[def.ctor];
      if (typeof Base !== 'function' || W.customElements.get(name)) continue;
      const observed = [];
      for (const mod of def.mods.concat(
        def.column ? ['size', 'max-size', 'medium-size', 'small-size'] : [],
        def.icon ? ['icon'] : [],
      )) {
        observed.push(mod, `data-vl-${mod}`);
      }
      const Klass = class extends Base {
        static get observedAttributes() {
          return observed;
        }
        connectedCallback() {
          dress(this);
        }
        attributeChangedCallback() {
          if (this.isConnected) dress(this);
        }
      };
      try {
        W.customElements.define(name, Klass, { extends: def.tag });
      } catch (_e) {
        // customized built-ins unsupported here: dressAll() adds the classes instead
      }
    }
  }

  /* ------------------------------------------------------------------------------------------ */
  /* Helpers for shadow-root components                                                          */
  /* ------------------------------------------------------------------------------------------ */
  function appHostOf(el) {
    let node = el;
    for (let i = 0; i < 6 && node; i++) {
      const root = node.getRootNode ? node.getRootNode() : null;
      if (!root || root === D || !root.host) return null;
      if (root.host.localName === 'wse-loket-app') return root.host;
      node = root.host;
    }
    return null;
  }

  /** Lit renders after connection (a microtask); inside the app shell it comes later still. */
  function scheduleRender(el, fn) {
    const own = Number(el.getAttribute('data-render-delay'));
    const delay = Number.isFinite(own) && own > 0 ? own : appHostOf(el) ? 180 + Math.floor(Math.random() * 200) : 0;
    const run = () => {
      try {
        fn();
      } catch (e) {
        if (W.console) W.console.error(e);
      }
    };
    if (delay > 0) W.setTimeout(run, delay);
    else Promise.resolve().then(run);
  }

  function style(extra) {
    return `<style>${SHADOW_BASE}${extra || ''}</style>`;
  }

  function hasSlotContent(el, name) {
    for (const child of el.children) {
      if (child.getAttribute('slot') === name && ((child.textContent || '').trim() || child.children.length))
        return true;
    }
    return false;
  }

  /* ------------------------------------------------------------------------------------------ */
  /* 2. VlElement-style components                                                             */
  /* ------------------------------------------------------------------------------------------ */

  /** Global Vlaanderen header (the burgerprofiel widget mounts itself a moment after load). */
  class VlHeader extends HTMLElement {
    constructor() {
      super();
      this._shadow = this.attachShadow({ mode: 'open' });
      this._shadow.innerHTML = `${style(':host{display:block;min-height:3.5rem;border-bottom:1px solid #cbd2da;background:#fff}')}<div id="header"></div>`;
    }
    connectedCallback() {
      if (this._mounted) return;
      this._mounted = true;
      W.setTimeout(() => this._mount(), 250);
    }
    _mount() {
      const user = attr(this, 'user');
      const capacity = attr(this, 'capacity');
      const host = attr(this, 'host-name') || 'Werk en Sociale Economie';
      const profile = user
        ? `<div class="profile">
             <span class="vl-icon vl-vi vl-vi-user" aria-hidden="true"></span>
             <span class="who"><span class="name">${esc(user)}</span>${capacity ? `<span class="cap">${esc(capacity)}</span>` : ''}</span>
             ${attr(this, 'switch-url') === 'none' ? '' : `<a class="vl-link" href="${esc(attr(this, 'switch-url') || '/aanmelden/organisatie')}">Wissel van organisatie</a>`}
             <a class="vl-link" href="${esc(attr(this, 'logout-url') || '/')}">Afmelden</a>
           </div>`
        : `<div class="profile"><a class="vl-link" href="${esc(attr(this, 'login-url') || '/')}">Aanmelden</a></div>`;
      const holder = this._shadow.getElementById('header');
      holder.innerHTML = `
        <style>
          .bar { display:flex; align-items:center; justify-content:space-between; gap:1rem; padding:.4rem 1.5rem; max-width:90rem; margin:0 auto; }
          .brand { display:flex; align-items:center; gap:.8rem; text-decoration:none; color:#333332; }
          .logo { display:inline-flex; align-items:center; justify-content:center; width:2.6rem; height:2.6rem; background:#ffe615; font-weight:700; font-size:.8rem; }
          .brand strong { font-size:1.05rem; } .host { display:block; font-size:.85rem; color:#687483; }
          .profile { display:flex; align-items:center; gap:1rem; font-size:.9rem; flex-wrap:wrap; }
          .who { display:flex; flex-direction:column; line-height:1.2; } .name { font-weight:500; } .cap { color:#687483; font-size:.8rem; }
        </style>
        <div class="bar" role="banner">
          <a class="brand" href="https://www.vlaanderen.be" aria-label="Vlaanderen, naar vlaanderen.be">
            <span class="logo" aria-hidden="true">VL</span>
            <span><strong>Vlaanderen</strong><span class="host">${esc(host)}</span></span>
          </a>
          ${profile}
        </div>`;
      this.setAttribute('data-vl-ready', '');
      this.dispatchEvent(new CustomEvent('ready', { bubbles: true }));
    }
  }

  /** vl-functional-header: title, sub-title, link and back text only in data-vl-* attributes. */
  class VlFunctionalHeader extends HTMLElement {
    static get observedAttributes() {
      const list = [];
      for (const a of ['title', 'sub-title', 'link', 'back', 'back-link', 'hide-back-link'])
        list.push(a, `data-vl-${a}`);
      return list;
    }
    constructor() {
      super();
      this._shadow = this.attachShadow({ mode: 'open' });
      this._shadow.innerHTML = `
        ${style(`
          :host { display:block; }
          .vl-functional-header { background:#fff; border-bottom:1px solid #cbd2da; }
          .vl-functional-header__row { display:flex; align-items:center; justify-content:space-between; gap:1rem; padding:1.1rem 0 .5rem; flex-wrap:wrap; }
          .vl-functional-header__title { font-family:"Flanders Art Sans",Arial,sans-serif; font-weight:700; color:#333332; text-decoration:none; font-size:1.6rem; letter-spacing:.02em; }
          .vl-functional-header .vl-title { margin:0; font-size:1.6rem; }
          .vl-functional-header__actions ul { list-style:none; display:flex; gap:1.2rem; margin:0; padding:0; }
          .vl-functional-header__action p { margin:0; }
          .vl-functional-header__sub { padding:0 0 .8rem; }
          .vl-functional-header__sub__actions { list-style:none; display:flex; gap:1.5rem; margin:0; padding:0; color:#687483; font-size:.95rem; flex-wrap:wrap; }
          .top-right { font-size:.95rem; }
        `)}
        <header class="vl-functional-header">
          <div class="vl-layout">
            <div class="vl-functional-header__row">
              <div class="vl-functional-header__content">
                <h1 class="vl-title vl-title--h1 vl-functional-header__heading">
                  <a id="title" class="vl-functional-header__title"></a>
                </h1>
              </div>
              <div class="top-right"><slot name="top-right"></slot></div>
              <div id="actions" class="vl-functional-header__actions"><ul></ul></div>
            </div>
            <div class="vl-functional-header__sub">
              <ul class="vl-functional-header__sub__actions">
                <li id="back-link-container" class="vl-functional-header__sub__action">
                  <a id="back-link" is="vl-link"><span is="vl-icon" data-vl-icon="arrow-left-fat" data-vl-before></span> <span id="back-link-text">Terug</span></a>
                </li>
                <li id="sub-title" class="vl-functional-header__sub__action"></li>
              </ul>
            </div>
          </div>
        </header>`;
      dressAll(this._shadow);
    }
    connectedCallback() {
      this._update();
      this._processActions();
      if (!this._observer && W.MutationObserver) {
        this._observer = new MutationObserver(() => this._processActions());
        this._observer.observe(this, { childList: true, subtree: true, characterData: true });
      }
    }
    disconnectedCallback() {
      if (this._observer) this._observer.disconnect();
      this._observer = null;
    }
    attributeChangedCallback() {
      this._update();
    }
    _update() {
      const s = this._shadow;
      const title = s.getElementById('title');
      title.textContent = attr(this, 'title') || '';
      const link = attr(this, 'link');
      if (link) title.setAttribute('href', link);
      else title.removeAttribute('href');
      const sub = s.getElementById('sub-title');
      const subTitle = attr(this, 'sub-title');
      sub.textContent = subTitle || '';
      sub.hidden = !subTitle;
      s.getElementById('back-link-text').textContent = attr(this, 'back') || 'Terug';
      const back = s.getElementById('back-link');
      back.setAttribute('href', attr(this, 'back-link') || D.referrer || '/');
      s.getElementById('back-link-container').hidden = flag(this, 'hide-back-link');
    }
    _processActions() {
      const list = this._shadow.querySelector('#actions ul');
      list.innerHTML = '';
      const actions = this.querySelector('[slot="actions"]');
      this._shadow.getElementById('actions').hidden = !actions;
      if (!actions) return;
      for (const action of actions.children) {
        const li = D.createElement('li');
        li.className = 'vl-functional-header__action';
        const p = D.createElement('p');
        p.appendChild(action.cloneNode(true));
        li.appendChild(p);
        list.appendChild(li);
      }
      dressAll(this._shadow);
    }
  }

  /** vl-alert: the title comes from the `title` / `data-vl-title` attribute. */
  class VlAlert extends HTMLElement {
    static get observedAttributes() {
      return ['title', 'data-vl-title', 'type', 'data-vl-type', 'icon', 'data-vl-icon'];
    }
    constructor() {
      super();
      this._shadow = this.attachShadow({ mode: 'open' });
      this._shadow.innerHTML = `
        ${style(`
          :host { display:block; margin: 0 0 1.5rem; }
          .vl-alert { display:flex; gap:1rem; padding:1.2rem 1.4rem; border:1px solid #cbd2da; border-left:.4rem solid #05c; background:#f2f6fc; border-radius:.2rem; }
          .vl-alert--success { border-left-color:#009e47; background:#edf8f2; }
          .vl-alert--warning { border-left-color:#ffc515; background:#fff9e6; }
          .vl-alert--error { border-left-color:#d2373c; background:#fbeced; }
          .vl-alert__icon { font-size:1.3rem; width:1.8rem; height:1.8rem; border-radius:50%; background:#fff; display:flex; align-items:center; justify-content:center; flex:none; }
          .vl-alert__title { font-weight:700; margin:0 0 .4rem; font-size:1.1rem; }
          .vl-alert__message { line-height:1.5; }
          .vl-alert__actions { margin-top:1rem; display:flex; gap:1rem; flex-wrap:wrap; }
          ::slotted(p) { margin: 0 0 .5rem; }
        `)}
        <div id="alert" class="vl-alert" role="alert">
          <div class="vl-alert__icon" aria-hidden="true"><span id="icon" class="vl-icon vl-vi"></span></div>
          <div id="content" class="vl-alert__content">
            <p id="title" class="vl-alert__title"><slot name="title"></slot></p>
            <div id="message" class="vl-alert__message"><slot></slot></div>
            <div id="actions" class="vl-alert__actions"><slot name="actions"></slot></div>
          </div>
        </div>`;
    }
    connectedCallback() {
      this._update();
    }
    attributeChangedCallback() {
      this._update();
    }
    _update() {
      const s = this._shadow;
      const type = attr(this, 'type') || 'info';
      const box = s.getElementById('alert');
      box.className = `vl-alert vl-alert--${type}`;
      const title = attr(this, 'title');
      const titleEl = s.getElementById('title');
      if (title) titleEl.textContent = title;
      titleEl.hidden = !title && !hasSlotContent(this, 'title');
      s.getElementById('actions').hidden = !this.querySelector('[slot="actions"]');
      const icon = attr(this, 'icon') || { success: 'check', warning: 'warning', error: 'warning' }[type] || 'info';
      s.getElementById('icon').className = `vl-icon vl-vi vl-vi-${icon}`;
    }
  }

  /** Shared logic of vl-radio / vl-checkbox: label in data-vl-label, <input> in the shadow root. */
  class VlToggleBase extends HTMLElement {
    static get observedAttributes() {
      const list = [];
      for (const a of ['label', 'name', 'value', 'checked', 'disabled']) list.push(a, `data-vl-${a}`);
      return list;
    }
    constructor(kind) {
      super();
      this._kind = kind;
      this._shadow = this.attachShadow({ mode: 'open' });
      this._shadow.innerHTML = `
        ${style(`
          :host { display:block; margin: 0 0 .6rem; }
          label { display:inline-flex; align-items:flex-start; gap:.6rem; cursor:pointer; line-height:1.4; }
          input { width:1.2rem; height:1.2rem; margin:.1rem 0 0; accent-color:#05c; flex:none; }
        `)}
        <label class="vl-${kind}" for="${kind}">
          <input class="vl-${kind}__toggle" type="${kind}" id="${kind}">
          <span class="vl-${kind}__label"><span id="label-text"></span><slot></slot></span>
        </label>`;
      this._input = this._shadow.getElementById(kind);
      this._input.addEventListener('change', () => this._onChange());
    }
    connectedCallback() {
      if (!this._mirror) {
        this._mirror = D.createElement('input');
        this._mirror.type = 'hidden';
        this._mirror.setAttribute('data-vl-mirror', '');
        this.appendChild(this._mirror);
      }
      this._update();
    }
    attributeChangedCallback(name) {
      if ((name === 'checked' || name === 'data-vl-checked') && this._input)
        this._input.checked = flag(this, 'checked');
      this._update();
    }
    get checked() {
      return this._input.checked;
    }
    set checked(value) {
      this._input.checked = Boolean(value);
      this._sync();
    }
    get value() {
      return attr(this, 'value') || 'on';
    }
    _update() {
      if (!this._input) return;
      this._shadow.getElementById('label-text').textContent = attr(this, 'label') || '';
      this._input.name = attr(this, 'name') || '';
      this._input.value = this.value;
      this._input.disabled = flag(this, 'disabled');
      if (flag(this, 'checked') && !this._touched) this._input.checked = true;
      this._sync();
    }
    _sync() {
      if (!this._mirror) return;
      const name = attr(this, 'name');
      if (name && this._input.checked && !this._input.disabled) {
        this._mirror.name = name;
        this._mirror.value = this.value;
        this._mirror.disabled = false;
      } else {
        this._mirror.removeAttribute('name');
        this._mirror.disabled = true;
      }
    }
    _onChange() {
      this._touched = true;
      if (this._kind === 'radio' && this._input.checked) {
        const root = this.getRootNode();
        const name = attr(this, 'name');
        if (root && root.querySelectorAll && name) {
          for (const other of root.querySelectorAll('vl-radio')) {
            if (other !== this && attr(other, 'name') === name && other._input) {
              other._input.checked = false;
              other._touched = true;
              other._sync();
            }
          }
        }
      }
      this._sync();
      this.dispatchEvent(
        new CustomEvent('vl-change', {
          detail: { checked: this._input.checked, value: this.value },
          bubbles: true,
          composed: true,
        }),
      );
    }
  }
  class VlRadio extends VlToggleBase {
    constructor() {
      super('radio');
    }
  }
  class VlCheckbox extends VlToggleBase {
    constructor() {
      super('checkbox');
    }
  }

  /** vl-info-tile: a non-clickable tile with named slots. */
  class VlInfoTile extends HTMLElement {
    constructor() {
      super();
      this._shadow = this.attachShadow({ mode: 'open' });
      this._shadow.innerHTML = `
        ${style(`
          :host { display:block; height:100%; }
          .vl-info-tile { border:1px solid #cbd2da; border-radius:.3rem; background:#fff; height:100%; display:flex; flex-direction:column; }
          .vl-info-tile__header { padding:1.2rem 1.4rem .4rem; }
          .vl-info-tile__header__title { margin:0; font-family:"Flanders Art Serif",Georgia,serif; font-size:1.45rem; font-weight:500; }
          .vl-info-tile__header__subtitle { margin:.3rem 0 0; color:#687483; }
          .vl-info-tile__content { padding:.4rem 1.4rem 1.2rem; flex:1; }
          .vl-info-tile__footer { padding:.8rem 1.4rem; border-top:1px solid #e8ebee; background:#f7f9fc; }
          .vl-info-tile__footer:empty { display:none; }
        `)}
        <div class="vl-info-tile">
          <header class="vl-info-tile__header" role="presentation">
            <div class="vl-info-tile__header__wrapper">
              <h2 id="title" class="vl-info-tile__header__title"><slot name="title"></slot></h2>
              <p id="subtitle" class="vl-info-tile__header__subtitle"><slot name="subtitle"></slot></p>
            </div>
          </header>
          <div class="vl-info-tile__content"><slot name="content"></slot></div>
          <footer id="footer" class="vl-info-tile__footer"><slot name="footer"></slot></footer>
        </div>`;
    }
    connectedCallback() {
      const level = attr(this, 'title-level');
      if (level === '3') {
        const h2 = this._shadow.getElementById('title');
        const h3 = D.createElement('h3');
        h3.id = 'title';
        h3.className = h2.className;
        while (h2.firstChild) h3.appendChild(h2.firstChild);
        h2.replaceWith(h3);
      }
      this._shadow.getElementById('subtitle').hidden = !hasSlotContent(this, 'subtitle');
      this._shadow.getElementById('footer').hidden = !this.querySelector('[slot="footer"]');
    }
  }

  /** vl-progress-bar: the wizard's steps (data-vl-steps="A|B|C", data-vl-active="1"). */
  class VlProgressBar extends HTMLElement {
    constructor() {
      super();
      this._shadow = this.attachShadow({ mode: 'open' });
    }
    connectedCallback() {
      const steps = (attr(this, 'steps') || '')
        .split('|')
        .map((s) => s.trim())
        .filter(Boolean);
      const active = Number(attr(this, 'active') || '1');
      const items = steps
        .map((label, i) => {
          const n = i + 1;
          const state = n < active ? 'done' : n === active ? 'active' : 'todo';
          return `<li class="vl-progress-bar__step vl-progress-bar__step--${state}"${n === active ? ' aria-current="step"' : ''}>
              <span class="vl-progress-bar__bullet" aria-hidden="true">${n}</span>
              <span class="vl-progress-bar__label"><span class="vl-u-visually-hidden">Stap ${n} van ${steps.length}: </span>${esc(label)}</span>
            </li>`;
        })
        .join('');
      this._shadow.innerHTML = `
        ${style(`
          :host { display:block; margin: 0 0 2rem; }
          ol { list-style:none; display:flex; margin:0; padding:0; gap:0; counter-reset: s; }
          li { flex:1; display:flex; flex-direction:column; align-items:center; text-align:center; position:relative; font-size:.9rem; color:#687483; }
          li::before { content:""; position:absolute; top:.95rem; left:-50%; width:100%; height:2px; background:#cbd2da; z-index:0; }
          li:first-child::before { display:none; }
          .vl-progress-bar__bullet { position:relative; z-index:1; width:2rem; height:2rem; border-radius:50%; border:2px solid #cbd2da; background:#fff; display:flex; align-items:center; justify-content:center; font-weight:700; margin-bottom:.4rem; }
          .vl-progress-bar__step--active { color:#333332; font-weight:500; }
          .vl-progress-bar__step--active .vl-progress-bar__bullet { border-color:#05c; background:#05c; color:#fff; }
          .vl-progress-bar__step--done .vl-progress-bar__bullet { border-color:#05c; color:#05c; }
        `)}
        <nav aria-label="Voortgang van de aanvraag"><ol class="vl-progress-bar">${items}</ol></nav>`;
    }
  }

  /** Global Vlaanderen footer (also a widget, mounted late). */
  class VlFooter extends HTMLElement {
    constructor() {
      super();
      this._shadow = this.attachShadow({ mode: 'open' });
      this._shadow.innerHTML = `${style(':host{display:block;min-height:6rem;background:#f3f5f6;margin-top:3rem}')}<div id="footer"></div>`;
    }
    connectedCallback() {
      if (this._mounted) return;
      this._mounted = true;
      W.setTimeout(() => {
        const entity = attr(this, 'entity') || 'Departement Werk en Sociale Economie';
        this._shadow.getElementById('footer').innerHTML = `
          <style>
            footer { max-width:76rem; margin:0 auto; padding:2rem 1.5rem; font-size:.9rem; color:#333332; }
            .cols { display:flex; gap:3rem; flex-wrap:wrap; justify-content:space-between; }
            ul { list-style:none; margin:0; padding:0; display:flex; gap:1.2rem; flex-wrap:wrap; }
            .entity { font-weight:700; margin:0 0 .3rem; }
            .claim { margin:1.5rem 0 0; color:#687483; }
          </style>
          <footer role="contentinfo">
            <div class="cols">
              <div>
                <p class="entity">WSE Loket is een dienst van het ${esc(entity)}</p>
                <p style="margin:0">Koning Albert II-laan 35 bus 20, 1030 Brussel</p>
                <p style="margin:.3rem 0 0">Vragen? Bel gratis <a class="vl-link" href="tel:1700">1700</a></p>
              </div>
              <nav aria-label="Voettekst">
                <ul>
                  <li><a class="vl-link" href="https://www.vlaanderen.be/over-vlaanderen.be/disclaimer">Disclaimer</a></li>
                  <li><a class="vl-link" href="https://www.vlaanderen.be/over-vlaanderen.be/privacy">Privacy</a></li>
                  <li><a class="vl-link" href="https://www.vlaanderen.be/over-vlaanderen.be/cookieverklaring">Cookieverklaring</a></li>
                  <li><a class="vl-link" href="https://www.vlaanderen.be/toegankelijkheid">Toegankelijkheid</a></li>
                </ul>
              </nav>
            </div>
            <p class="claim">Vlaanderen is een initiatief van de Vlaamse overheid.</p>
          </footer>`;
      }, 320);
    }
  }

  /* ------------------------------------------------------------------------------------------ */
  /* 3. Lit-style components                                                                   */
  /* ------------------------------------------------------------------------------------------ */

  class LitLike extends HTMLElement {
    constructor() {
      super();
      this._shadow = this.attachShadow({ mode: 'open' });
    }
    connectedCallback() {
      if (this._scheduled) return;
      this._scheduled = true;
      scheduleRender(this, () => {
        this.render();
        this.setAttribute('data-lit-rendered', '');
        dressAll(this._shadow);
      });
    }
    attributeChangedCallback() {
      if (this.hasAttribute('data-lit-rendered')) {
        this.render();
        dressAll(this._shadow);
      }
    }
  }

  /** vl-button-next: the real <button> is inside the shadow root; label via the default slot. */
  class VlButtonNext extends LitLike {
    static get observedAttributes() {
      return ['disabled', 'secondary', 'tertiary', 'narrow', 'block', 'large', 'error', 'icon', 'type', 'label'];
    }
    render() {
      const classes = ['vl-button'];
      for (const mod of ['secondary', 'tertiary', 'narrow', 'block', 'large', 'error', 'disabled']) {
        if (this.hasAttribute(mod)) classes.push(`vl-button--${mod}`);
      }
      const icon = this.getAttribute('icon');
      const label = this.getAttribute('label');
      this._shadow.innerHTML = `
        ${style(`:host { display:inline-block; } :host([block]) { display:block; }`)}
        <button class="${classes.join(' ')}" type="${esc(this.getAttribute('type') || 'button')}"${this.hasAttribute('disabled') ? ' disabled' : ''}>
          ${icon && this.getAttribute('icon-placement') !== 'after' ? `<span class="vl-icon vl-vi vl-vi-${esc(icon)}" aria-hidden="true"></span>` : ''}
          <slot>${label ? esc(label) : ''}</slot>
          ${icon && this.getAttribute('icon-placement') === 'after' ? `<span class="vl-icon vl-vi vl-vi-${esc(icon)}" aria-hidden="true"></span>` : ''}
        </button>`;
      this._shadow.querySelector('button').addEventListener('click', (event) => this._onClick(event));
    }
    _onClick(event) {
      event.preventDefault();
      event.stopPropagation();
      if (this.hasAttribute('disabled')) return;
      const type = this.getAttribute('type');
      if (type === 'submit') submitForm(this.closest('form'));
      if (type === 'reset') {
        const form = this.closest('form');
        if (form) form.reset();
      }
      this.dispatchEvent(new CustomEvent('vl-click', { bubbles: true, composed: true }));
    }
  }

  /** vl-link-next: the real <a> inside the shadow root; label from the slot or `label`. */
  class VlLinkNext extends LitLike {
    static get observedAttributes() {
      return ['href', 'label', 'bold', 'icon', 'external', 'data-replica-keep'];
    }
    render() {
      const classes = ['vl-link'];
      if (this.hasAttribute('bold')) classes.push('vl-link--bold');
      const appearance = this.getAttribute('appearance');
      if (appearance === 'button' || appearance === 'secondary-button') {
        classes.length = 0;
        classes.push('vl-button');
        if (appearance === 'secondary-button') classes.push('vl-button--secondary');
      }
      const icon = this.getAttribute('icon');
      const label = this.getAttribute('label');
      const href = keepHref(this.getAttribute('href') || '', this.getAttribute('data-replica-keep'));
      const external = this.hasAttribute('external');
      this._shadow.innerHTML = `
        ${style(`:host { display:inline; } :host([appearance]) { display:inline-block; } a { gap:.4rem; }`)}
        <a class="${classes.join(' ')}" href="${esc(href)}"${external ? ' target="_blank" rel="noopener noreferrer"' : ''}>${
          icon ? `<span class="vl-icon vl-vi vl-vi-${esc(icon)}" aria-hidden="true"></span> ` : ''
        }${label ? `<span>${esc(label)}</span>` : '<slot></slot>'}${external ? '<span class="vl-u-visually-hidden"> (opent in een nieuw venster)</span>' : ''}</a>`;
    }
  }

  /** vl-spotlight: title through slot="title" (light DOM); the clickable <a> inside the shadow root. */
  class VlSpotlight extends LitLike {
    static get observedAttributes() {
      return ['link', 'link-label', 'alt', 'size', 'no-border', 'external'];
    }
    render() {
      const classes = ['vl-spotlight'];
      if (this.hasAttribute('alt')) classes.push('vl-spotlight--alt');
      const size = this.getAttribute('size');
      if (size) classes.push(`vl-spotlight--${size}`);
      if (this.hasAttribute('no-border')) classes.push('vl-spotlight--no-border');
      const inner = `
        <article role="none">
          ${hasSlotContent(this, 'title') ? '<h3 class="vl-spotlight__title"><slot name="title"></slot></h3>' : ''}
          <p class="vl-spotlight__subtitle"><slot name="subtitle"></slot></p>
          <div class="vl-spotlight__content"><slot name="content"></slot></div>
          <p class="vl-spotlight__text"><slot name="text"></slot></p>
        </article>`;
      const link = this.getAttribute('link');
      const css = style(`
        :host { display:block; height:100%; }
        .vl-spotlight { display:block; height:100%; padding:1.5rem; border:1px solid #cbd2da; border-radius:.3rem; background:#fff; color:#333332; text-decoration:none; transition: box-shadow .15s; }
        a.vl-spotlight:hover, a.vl-spotlight:focus { box-shadow: 0 .3rem 1rem rgba(0,0,0,.15); border-color:#05c; }
        a.vl-spotlight .vl-spotlight__title { text-decoration: underline; color:#05c; }
        a.vl-spotlight:hover .vl-spotlight__title { text-decoration:none; }
        .vl-spotlight--alt { background:#f7f9fc; }
        .vl-spotlight--l { padding:2rem; }
        .vl-spotlight__title { font-family:"Flanders Art Serif",Georgia,serif; font-size:1.45rem; font-weight:500; margin:0 0 .4rem; }
        .vl-spotlight__subtitle { margin:0 0 .6rem; color:#687483; }
        .vl-spotlight__text, .vl-spotlight__content { margin:0; line-height:1.5; }
      `);
      if (link) {
        const label = this.getAttribute('link-label');
        this._shadow.innerHTML = `${css}<a href="${esc(keepHref(link, this.getAttribute('data-replica-keep')))}" class="${classes.join(' ')}"${label ? ` aria-label="${esc(label)}"` : ''}>${inner}</a>`;
      } else {
        this._shadow.innerHTML = `${css}<article class="${classes.join(' ')}" role="none">${inner}</article>`;
      }
      for (const p of this._shadow.querySelectorAll(
        '.vl-spotlight__subtitle, .vl-spotlight__text, .vl-spotlight__content',
      )) {
        const slot = p.querySelector('slot');
        if (slot && !hasSlotContent(this, slot.getAttribute('name'))) p.hidden = true;
      }
    }
  }

  /**
   * vl-input-field-next: the <input> inside the shadow root, its accessible name from data-vl-label
   * (aria-label, or a visible <label> inside the root with data-vl-show-label). The value is
   * mirrored into a hidden light-DOM <input name="…"> so the form around the element submits it.
   */
  let fieldSeq = 0;
  class VlInputFieldNext extends HTMLElement {
    static get observedAttributes() {
      return ['data-vl-label', 'label', 'name', 'value', 'placeholder', 'disabled', 'readonly', 'error'];
    }
    constructor() {
      super();
      this._shadow = this.attachShadow({ mode: 'open' });
      this._value = '';
      this._uid = `field-${++fieldSeq}`;
    }
    connectedCallback() {
      if (!this._mirror) {
        this._mirror = this.querySelector('input[type="hidden"][data-vl-mirror]');
        if (!this._mirror) {
          this._mirror = D.createElement('input');
          this._mirror.type = 'hidden';
          this._mirror.setAttribute('data-vl-mirror', '');
          this.appendChild(this._mirror);
        }
        this._value = this.getAttribute('value') || '';
        this.syncMirror();
      }
      if (this._scheduled) return;
      this._scheduled = true;
      scheduleRender(this, () => {
        this.render();
        this.setAttribute('data-lit-rendered', '');
      });
    }
    attributeChangedCallback(name, _old, value) {
      if (name === 'value' && value !== this._value) {
        this._value = value || '';
        if (this._input) this._input.value = this._value;
        this.syncMirror();
      }
      if (name === 'name') this.syncMirror();
      if (this.hasAttribute('data-lit-rendered') && name !== 'value') this.render();
    }
    get value() {
      return this._input ? this._input.value : this._value;
    }
    set value(v) {
      this._value = v == null ? '' : String(v);
      if (this._input) this._input.value = this._value;
      this.syncMirror();
    }
    syncMirror() {
      if (!this._mirror) return;
      const name = this.getAttribute('name');
      if (name) this._mirror.name = name;
      this._mirror.value = this._input ? this._input.value : this._value;
    }
    focus() {
      if (this._input) this._input.focus();
    }
    render() {
      const label = attr(this, 'label') || '';
      const show = this.hasAttribute('data-vl-show-label');
      const annotation = this.getAttribute('annotation');
      const classes = ['vl-input-field'];
      if (this.hasAttribute('block')) classes.push('vl-input-field--block');
      if (this.hasAttribute('error')) classes.push('vl-input-field--error');
      const a = (n) => (this.hasAttribute(n) ? ` ${n}="${esc(this.getAttribute(n))}"` : '');
      this._shadow.innerHTML = `
        ${style(`:host { display:block; } :host([inline]) { display:inline-block; }`)}
        ${show ? `<label class="vl-form__label" for="${this._uid}">${esc(label)}${this.hasAttribute('required') ? ' <span aria-hidden="true">*</span>' : ''}</label>` : ''}
        <input id="${this._uid}" class="${classes.join(' ')}" type="${esc(this.getAttribute('type') || 'text')}"
          name="${esc(this.getAttribute('name') || this._uid)}"${show ? '' : ` aria-label="${esc(label)}"`}${a('placeholder')}${a('autocomplete')}${a('inputmode')}${a('maxlength')}${
            this.hasAttribute('required') ? ' required' : ''
          }${this.hasAttribute('disabled') ? ' disabled' : ''}${this.hasAttribute('readonly') ? ' readonly' : ''}${annotation ? ` aria-describedby="${this._uid}-annotation"` : ''}>
        ${annotation ? `<span id="${this._uid}-annotation" class="vl-form__annotation">${esc(annotation)}</span>` : ''}`;
      const input = this._shadow.querySelector('input');
      input.value = this._value;
      this._input = input;
      input.addEventListener('input', () => {
        this._value = input.value;
        this.syncMirror();
      });
      input.addEventListener('change', () => {
        this._value = input.value;
        this.syncMirror();
        this.dispatchEvent(
          new CustomEvent('vl-change', { detail: { value: input.value }, bubbles: true, composed: true }),
        );
      });
      input.addEventListener('keydown', (event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          this._value = input.value;
          this.syncMirror();
          submitForm(this.closest('form'));
        }
      });
    }
  }

  /** The portal's own menu tile (the black "Aanvraag" button): label only in the attribute. */
  class WseMenuTile extends LitLike {
    static get observedAttributes() {
      return ['label', 'href', 'description', 'variant'];
    }
    render() {
      const variant = this.getAttribute('variant') || 'black';
      const description = this.getAttribute('description');
      this._shadow.innerHTML = `
        ${style(`
          :host { display:block; margin: 0 0 .8rem; }
          a { display:flex; align-items:center; justify-content:space-between; gap:1rem; padding:1rem 1.2rem; border-radius:.3rem; text-decoration:none; font-weight:700; font-size:1.1rem; }
          .wse-tile--black { background:#1d1d1b; color:#fff; }
          .wse-tile--black:hover, .wse-tile--black:focus { background:#000; }
          .wse-tile--light { background:#fff; color:#05c; border:1px solid #cbd2da; font-weight:500; }
          .wse-tile--light:hover { border-color:#05c; }
          small { display:block; font-weight:400; font-size:.85rem; opacity:.85; margin-top:.2rem; }
        `)}
        <a class="wse-tile wse-tile--${esc(variant)}" href="${esc(keepHref(this.getAttribute('href') || '#', this.getAttribute('data-replica-keep')))}">
          <span>${esc(this.getAttribute('label') || '')}${description ? `<small>${esc(description)}</small>` : ''}</span>
          <span class="vl-icon vl-vi vl-vi-arrow-right-fat" aria-hidden="true"></span>
        </a>`;
    }
  }

  /* ------------------------------------------------------------------------------------------ */
  /* 4. App shell                                                                              */
  /* ------------------------------------------------------------------------------------------ */
  const APP_CSS = `
    :host { display:block; min-height: 60vh; }
    .wse-app__main { display:block; }
    .wse-klantbalk { background:#1d1d1b; color:#fff; font-size:.95rem; }
    .wse-klantbalk .vl-layout { display:flex; gap:1.5rem; align-items:center; justify-content:space-between; padding-top:.55rem; padding-bottom:.55rem; flex-wrap:wrap; }
    .wse-klantbalk a { color:#fff; }
    .wse-card { border:1px solid #cbd2da; border-radius:.3rem; padding:1.4rem; background:#fff; }
    .wse-muted { color:#687483; }
    .wse-news { list-style:none; margin:0; padding:0; }
    .wse-news li { border-bottom:1px solid #e8ebee; padding:.8rem 0; }
    .wse-news time { display:block; font-size:.85rem; color:#687483; }
    .wse-side h2 { font-size:1.1rem; font-family:"Flanders Art Sans",Arial,sans-serif; font-weight:700; margin:1.5rem 0 .6rem; }
    .wse-caps { text-transform: uppercase; letter-spacing: .03em; }
    p { line-height: 1.55; }
  `;

  class WseLoketApp extends HTMLElement {
    connectedCallback() {
      if (this._scheduled) return;
      this._scheduled = true;
      const own = Number(this.getAttribute('data-render-delay'));
      const delay = Number.isFinite(own) && own > 0 ? own : 700;
      this.setAttribute('aria-busy', 'true');
      W.setTimeout(() => {
        try {
          this._render();
        } catch (e) {
          if (W.console) W.console.error(e);
        }
      }, delay);
    }
    _template() {
      const route = this.getAttribute('data-app-route');
      const templates = this.querySelectorAll('template');
      for (const t of templates) if (route && t.getAttribute('data-app-route') === route) return t;
      return templates[0] || null;
    }
    _render() {
      const template = this._template();
      const root = this.shadowRoot || this.attachShadow({ mode: 'open' });
      const fragment = template ? template.content.cloneNode(true) : D.createDocumentFragment();
      fillAttributes(fragment);
      const styleEl = D.createElement('style');
      styleEl.textContent = SHADOW_BASE + APP_CSS;
      root.innerHTML = '';
      root.appendChild(styleEl);
      root.appendChild(fragment);
      dressAll(root);
      if (W.LoketReplica && typeof W.LoketReplica.apply === 'function') W.LoketReplica.apply(root);
      this.removeAttribute('aria-busy');
      this.setAttribute('data-rendered', this.getAttribute('data-app-route') || 'main');
      this.dispatchEvent(new CustomEvent('wse-app-render', { bubbles: true, composed: true }));
    }
  }

  /** The app's router: a `vl-click` on an element with data-route navigates there. */
  function installRouter() {
    D.addEventListener('vl-click', (event) => {
      const path = typeof event.composedPath === 'function' ? event.composedPath() : [event.target];
      for (const node of path) {
        if (node && node.nodeType === 1 && node.localName !== 'wse-loket-app' && node.hasAttribute('data-route')) {
          W.location.assign(keepHref(node.getAttribute('data-route'), node.getAttribute('data-replica-keep')));
          return;
        }
      }
    });
  }

  /* ------------------------------------------------------------------------------------------ */
  /* Start                                                                                      */
  /* ------------------------------------------------------------------------------------------ */
  function define(name, klass) {
    try {
      if (W.customElements && !W.customElements.get(name)) W.customElements.define(name, klass);
    } catch (e) {
      if (W.console) W.console.warn(`${name}: ${e && e.message}`);
    }
  }

  function start() {
    injectGlobalStyles();
    fillAttributes(D);
    defineNative();
    dressAll(D);
    define('vl-header', VlHeader);
    define('vl-functional-header', VlFunctionalHeader);
    define('vl-alert', VlAlert);
    define('vl-radio', VlRadio);
    define('vl-checkbox', VlCheckbox);
    define('vl-info-tile', VlInfoTile);
    define('vl-progress-bar', VlProgressBar);
    define('vl-footer', VlFooter);
    define('vl-button-next', VlButtonNext);
    define('vl-link-next', VlLinkNext);
    define('vl-spotlight', VlSpotlight);
    define('vl-input-field-next', VlInputFieldNext);
    define('wse-menu-tile', WseMenuTile);
    define('wse-loket-app', WseLoketApp);
    installRouter();
    if (W.MutationObserver && D.body) {
      new MutationObserver((records) => {
        for (const record of records) {
          for (const node of record.addedNodes) {
            if (node.nodeType !== 1) continue;
            dress(node);
            dressAll(node);
          }
        }
      }).observe(D.body, { childList: true, subtree: true });
    }
  }

  try {
    if (D.readyState === 'loading') D.addEventListener('DOMContentLoaded', start);
    else start();
  } catch (e) {
    if (W.console) W.console.error(e);
  }

  W.LitWse = { dress, dressAll, keepHref, formatKbo };
})();
