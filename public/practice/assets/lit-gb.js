/*
 * Loketgids practice replicas, variant `lit` of the gebruikersbeheer pages.
 *
 * A small, self-written imitation of how the Flemish design-system web components render in a
 * browser *after* their JavaScript ran (structure read from the public repositories
 * milieuinfo/webcomponent-vl-ui-* and milieuinfo/uigov-web-components; no code copied):
 *
 *  - extended native elements (`<button is="vl-button">`, `<a is="vl-link-button">`,
 *    `<table is="vl-data-table">`, `<section is="vl-region">`, …) get their `vl-*` classes only
 *    when this script runs: customized built-ins where the browser supports them, and a scan
 *    that dresses them itself (also inside shadow roots, a little later);
 *  - `vl-header`, `vl-footer`, `vl-functional-header`, `vl-alert`, `vl-wizard`,
 *    `vl-wizard-pane`, `vl-radio`, `vl-checkbox`, `vl-datepicker`: classic components with an
 *    open shadow root; texts such as `data-vl-title`, `data-vl-sub-title` and `data-vl-label`
 *    live in attributes and are copied into the shadow root;
 *  - `vl-button-next`, `vl-radio-next`, `vl-checkbox-next`, `vl-input-field-next`,
 *    `vl-spotlight`: Lit-style components whose real `<button>` / `<input>` / `<a>` is inside
 *    the shadow root, label text through the default slot or an attribute; they fire `vl-click`
 *    / `vl-checked` / `vl-input`;
 *  - `app-root`, `vo-gebruikersbeheer-app`: an app shell that renders a `<template>` (named by
 *    `data-template`) into its own shadow root 500–1000 ms after load; nested components render
 *    later still.
 *
 * Form controls whose input is in a shadow root keep a hidden `<input>` in their light DOM so
 * that an ordinary `<form method="get">` carries the value. A `vl-button-next type="submit"`
 * submits its form (or the form named by its `form` attribute); any element with
 * `data-gb-href="/path"` navigates there when clicked (the app's own router).
 * Plain browser JavaScript: no imports, no network; must not throw in happy-dom.
 */
(() => {
  // ---------------------------------------------------------------------------------------
  // shared styles (also injected into the document once, for the dressed light-DOM elements)
  // ---------------------------------------------------------------------------------------
  const CSS = `
:host { display: block; }
:host([hidden]) { display: none !important; }
*, *::before, *::after { box-sizing: border-box; }
[hidden] { display: none !important; }
.vl-u-visually-hidden { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.vl-layout { max-width: 1200px; margin: 0 auto; padding: 0 24px; }
.vl-region { padding: 24px 0; }
.vl-region--no-space-top { padding-top: 0; }
.vl-region--small { padding: 12px 0; }
.vl-region--alt { background: #f7f9fc; }
.vl-grid, .vl-form-grid { display: flex; flex-wrap: wrap; margin-left: -24px; }
.vl-grid > *, .vl-form-grid > * { padding-left: 24px; }
.vl-grid--is-stacked > *, .vl-form-grid--is-stacked > * { margin-bottom: 20px; }
.vl-col--12-12, .vl-form-col--12-12 { width: 100%; }
.vl-col--9-12, .vl-form-col--9-12 { width: 75%; }
.vl-col--8-12, .vl-form-col--8-12 { width: 66.66%; }
.vl-col--7-12 { width: 58.33%; }
.vl-col--6-12, .vl-form-col--6-12 { width: 50%; }
.vl-col--5-12 { width: 41.66%; }
.vl-col--4-12, .vl-form-col--4-12 { width: 33.33%; }
.vl-col--3-12, .vl-form-col--3-12 { width: 25%; }
@media (max-width: 767px) { [class*="vl-col--"], [class*="vl-form-col--"] { width: 100%; } }
.vl-title { font-weight: 500; color: #333332; margin: 0 0 16px; line-height: 1.2; }
.vl-title--h1 { font-size: 36px; }
.vl-title--h2 { font-size: 28px; }
.vl-title--h3 { font-size: 22px; }
.vl-title--h4 { font-size: 18px; }
.vl-title--has-border { border-bottom: 1px solid #cbd2da; padding-bottom: 8px; }
.vl-introduction { font-size: 20px; color: #333332; margin: 0 0 20px; }
.vl-link { color: #0055cc; text-decoration: underline; cursor: pointer; }
.vl-link:hover { color: #003b8e; }
.vl-link--bold { font-weight: 600; }
.vl-link-list { list-style: none; padding: 0; margin: 0; }
.vl-link-list li { margin-bottom: 6px; }
.vl-icon { display: inline-block; width: 1em; text-align: center; font-style: normal; }
.vl-vi-arrow-left-fat::before { content: "\\2190"; }
.vl-vi-arrow-right-fat::before { content: "\\2192"; }
.vl-vi-calendar::before { content: ""; display: inline-block; width: 15px; height: 14px; border: 2px solid currentColor; border-top-width: 4px; border-radius: 2px; vertical-align: -2px; }
.vl-vi-search::before { content: "\\2315"; }
.vl-vi-check::before { content: "\\2713"; }
.vl-vi-info::before { content: "i"; font-weight: 700; }
.vl-vi-download::before { content: "\\2193"; }
.vl-vi-user::before { content: "\\263A"; }
.vl-vi-cross::before { content: "\\00D7"; font-size: 20px; }
.vl-vi-plus::before { content: "+"; font-weight: 700; }
.vl-button {
  display: inline-flex; align-items: center; gap: 8px; min-height: 35px; padding: 6px 18px;
  font: inherit; font-weight: 500; line-height: 1.4; color: #fff; background: #0055cc;
  border: 2px solid #0055cc; border-radius: 3px; text-decoration: none; cursor: pointer;
}
.vl-button:hover { background: #004099; border-color: #004099; }
.vl-button:focus-visible { outline: 3px solid #ffe615; outline-offset: 1px; }
.vl-button--secondary { color: #0055cc; background: #fff; }
.vl-button--secondary:hover { background: #e8f0fb; color: #004099; }
.vl-button--tertiary { color: #0055cc; background: transparent; border-color: transparent; text-decoration: underline; }
.vl-button--tertiary:hover { background: #e8f0fb; border-color: transparent; }
.vl-button--error { background: #d2373c; border-color: #d2373c; }
.vl-button--block { display: flex; width: 100%; justify-content: center; }
.vl-button--narrow { padding: 4px 10px; }
.vl-button--large { font-size: 18px; padding: 10px 24px; }
.vl-button--disabled, .vl-button[disabled] { opacity: .45; cursor: not-allowed; }
.vl-action-group { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; margin-top: 8px; }
.vl-action-group--align-right { justify-content: flex-end; }
.vl-form__label { display: block; font-weight: 600; margin-bottom: 6px; }
.vl-form__annotation { display: block; color: #687483; font-size: 14px; margin-top: 4px; }
.vl-form__error { display: block; color: #d2373c; font-size: 14px; margin-top: 4px; }
.vl-input-field, .vl-select, .vl-textarea {
  font: inherit; color: #333332; min-height: 35px; padding: 5px 10px; border: 1px solid #8695a8;
  border-radius: 3px; background: #fff; max-width: 100%;
}
.vl-input-field:focus, .vl-select:focus, .vl-textarea:focus { outline: 3px solid #ffe615; border-color: #0055cc; }
.vl-input-field--block, .vl-select--block, .vl-textarea--block { display: block; width: 100%; }
.vl-input-field--error { border-color: #d2373c; background: #fbebec; }
.vl-textarea { min-height: 90px; }
.vl-input-group { display: flex; align-items: stretch; }
.vl-input-group .vl-input-field { border-top-right-radius: 0; border-bottom-right-radius: 0; flex: 1; }
.vl-input-addon {
  display: inline-flex; align-items: center; justify-content: center; min-width: 38px;
  border: 1px solid #8695a8; border-left: 0; background: #e8ebee; color: #333332;
  border-radius: 0 3px 3px 0; cursor: pointer; font: inherit;
}
.vl-radio, .vl-checkbox { display: inline-flex; align-items: flex-start; gap: 10px; margin: 0 24px 10px 0; cursor: pointer; position: relative; }
.vl-radio--block, .vl-checkbox--block { display: flex; margin-right: 0; }
.vl-radio__toggle, .vl-checkbox__toggle { width: 20px; height: 20px; margin: 2px 0 0; accent-color: #0055cc; flex: none; cursor: pointer; }
.vl-radio__label, .vl-checkbox__label { line-height: 1.5; }
.vl-checkbox__box { display: none; }
.vl-radio--disabled, .vl-checkbox--disabled { opacity: .5; cursor: not-allowed; }
.vl-checkbox--switch__wrapper { display: inline-flex; gap: 10px; align-items: center; }
.vl-alert { display: flex; gap: 16px; position: relative; padding: 16px 48px 16px 16px; margin: 0 0 24px; border: 1px solid #cbd2da; border-left: 6px solid #0055cc; background: #f7f9fc; }
.vl-alert--success { border-left-color: #009e47; background: #edf8f1; }
.vl-alert--warning { border-left-color: #ffc515; background: #fff9e6; }
.vl-alert--error { border-left-color: #d2373c; background: #fbebec; }
.vl-alert__icon { font-size: 20px; line-height: 1; color: #0055cc; }
.vl-alert--success .vl-alert__icon { color: #009e47; }
.vl-alert__title { font-weight: 600; font-size: 18px; margin: 0 0 6px; }
.vl-alert__message { margin: 0; }
.vl-alert__actions { margin-top: 12px; }
.vl-alert__close { position: absolute; top: 8px; right: 8px; border: 0; background: transparent; cursor: pointer; padding: 4px 8px; color: #333332; }
.vl-data-table { width: 100%; border-collapse: collapse; margin: 0 0 20px; font-size: 15px; }
.vl-data-table caption { text-align: left; font-weight: 600; padding: 0 0 8px; }
.vl-data-table th, .vl-data-table td { text-align: left; padding: 9px 12px; border-bottom: 1px solid #cbd2da; vertical-align: top; }
.vl-data-table thead th { background: #e8ebee; font-weight: 600; }
.vl-data-table--hover tbody tr:hover { background: #f3f5f8; }
.vl-data-table--zebra tbody tr:nth-child(even) { background: #f7f9fc; }
.vl-description-data { display: grid; grid-template-columns: max-content 1fr; gap: 8px 24px; margin: 0 0 24px; }
.vl-description-data dt { font-weight: 600; }
.vl-description-data dd { margin: 0; }
.vl-properties { margin: 0 0 24px; }
.vl-properties__label { color: #687483; font-size: 14px; }
.vl-properties__data { margin: 0 0 10px; }
.vl-pill { display: inline-block; padding: 1px 10px; border-radius: 12px; background: #e8ebee; font-size: 13px; }
.vl-pill--success { background: #d4f0df; color: #00612c; }
.vl-pill--warning { background: #fff0c2; color: #6b5200; }
.vl-tabs { display: flex; flex-wrap: wrap; list-style: none; margin: 0 0 24px; padding: 0; border-bottom: 1px solid #cbd2da; }
.vl-tab a { display: block; padding: 10px 16px; color: #333332; text-decoration: none; border-bottom: 3px solid transparent; }
.vl-tab--active a { border-bottom-color: #0055cc; font-weight: 600; color: #0055cc; }
.vl-infoblock { display: flex; gap: 16px; align-items: flex-start; margin: 0 0 24px; }
.vl-infoblock__icon { width: 48px; height: 48px; border-radius: 50%; background: #e8f0fb; color: #0055cc; display: flex; align-items: center; justify-content: center; font-size: 22px; flex: none; }
.vl-infoblock__title { margin: 0 0 4px; font-size: 24px; font-weight: 500; }
.vl-side-box { border: 1px solid #cbd2da; padding: 16px; margin-bottom: 24px; background: #fff; }
.vl-side-box h2, .vl-side-box h3 { font-size: 18px; margin: 0 0 10px; }
.vl-toaster { position: fixed; right: 24px; bottom: 24px; z-index: 50; max-width: 380px; }
.vl-spotlight { display: block; height: 100%; padding: 20px; border: 1px solid #cbd2da; border-bottom: 3px solid #0055cc; color: #333332; text-decoration: none; background: #fff; }
.vl-spotlight:hover { background: #f3f7fd; }
.vl-spotlight:focus-visible { outline: 3px solid #ffe615; }
.vl-spotlight__title { font-size: 20px; font-weight: 500; color: #0055cc; margin: 0 0 6px; }
.vl-spotlight__subtitle { margin: 0; color: #687483; font-size: 15px; }
.vl-spotlight__text { margin-top: 10px; font-size: 15px; }
.vl-progress-bar { display: flex; list-style: none; padding: 0; margin: 0 0 28px; counter-reset: step; }
.vl-progress-bar__step { flex: 1; position: relative; padding-top: 34px; text-align: center; font-size: 14px; color: #687483; }
.vl-progress-bar__step::before { content: ""; position: absolute; top: 12px; left: 0; right: 0; height: 3px; background: #cbd2da; }
.vl-progress-bar__bullet { position: absolute; top: 0; left: 50%; transform: translateX(-50%); width: 27px; height: 27px; border-radius: 50%; background: #fff; border: 3px solid #cbd2da; font-size: 13px; line-height: 21px; color: #687483; z-index: 1; }
.vl-progress-bar__step--done .vl-progress-bar__bullet, .vl-progress-bar__step--active .vl-progress-bar__bullet { border-color: #0055cc; color: #0055cc; }
.vl-progress-bar__step--done::before, .vl-progress-bar__step--active::before { background: #0055cc; }
.vl-progress-bar__step--active { color: #333332; font-weight: 600; }
.vl-wizard { margin: 0 0 32px; }
.vl-wizard__heading { margin-bottom: 20px; }
.vl-wizard__pane { padding: 0; }
.vl-wizard__pane-title { font-size: 22px; font-weight: 500; margin: 0 0 18px; }
.vl-wizard__pane-actions { display: flex; gap: 12px; margin-top: 24px; padding-top: 20px; border-top: 1px solid #e8ebee; align-items: center; flex-wrap: wrap; }
.gb-loader { padding: 56px 0; text-align: center; color: #687483; }
.gb-loader__spinner { display: inline-block; width: 28px; height: 28px; border: 3px solid #cbd2da; border-top-color: #0055cc; border-radius: 50%; animation: gb-spin .8s linear infinite; margin-bottom: 12px; }
@keyframes gb-spin { to { transform: rotate(360deg); } }
.gb-muted { color: #687483; }
.gb-breadcrumb { list-style: none; display: flex; flex-wrap: wrap; gap: 6px; padding: 0; margin: 0; font-size: 14px; }
.gb-breadcrumb li + li::before { content: "\\203A"; margin-right: 6px; color: #687483; }
.gb-small { font-size: 14px; }
.gb-card { border: 1px solid #cbd2da; padding: 20px; margin: 0 0 24px; background: #fff; }
.gb-card__title { margin: 0 0 12px; font-size: 20px; font-weight: 500; }
.gb-toolbar { display: flex; flex-wrap: wrap; gap: 8px; margin: 0 0 16px; }
.gb-fieldset { border: 0; padding: 0; margin: 0 0 20px; }
.gb-fieldset legend { font-weight: 600; margin-bottom: 10px; padding: 0; }
.gb-hint { background: #f7f9fc; border-left: 4px solid #cbd2da; padding: 10px 14px; margin: 0 0 20px; font-size: 15px; }
.gb-news { border-top: 1px solid #cbd2da; padding-top: 12px; margin-top: 12px; font-size: 15px; }
.gb-news time { display: block; color: #687483; font-size: 13px; }
`;

  const HEADER_CSS = `
.vl-header { background: #fff; border-bottom: 1px solid #cbd2da; font-size: 15px; }
.vl-header__bar { display: flex; align-items: center; justify-content: space-between; gap: 16px; min-height: 56px; }
.vl-header__brand { display: flex; align-items: center; gap: 12px; }
.vl-header__logo { display: inline-flex; align-items: center; gap: 8px; font-weight: 700; font-size: 18px; color: #333332; text-decoration: none; }
.vl-header__logo-mark { width: 28px; height: 28px; background: #ffe615; border-radius: 2px; display: inline-block; position: relative; }
.vl-header__logo-mark::after { content: ""; position: absolute; left: 7px; top: 6px; width: 14px; height: 16px; background: #333332; clip-path: polygon(0 0, 100% 0, 60% 100%, 40% 100%); }
.vl-header__host { color: #687483; border-left: 1px solid #cbd2da; padding-left: 12px; }
.vl-header__nav { display: flex; align-items: center; gap: 18px; }
.vl-header__nav a { color: #333332; }
.vl-header__user { position: relative; }
.vl-header__user-button { display: inline-flex; flex-direction: column; align-items: flex-end; font: inherit; background: transparent; border: 1px solid transparent; padding: 4px 8px; cursor: pointer; color: #333332; }
.vl-header__user-button:hover { border-color: #cbd2da; }
.vl-header__user-org { font-size: 13px; color: #687483; }
.vl-header__menu { position: absolute; right: 0; top: 100%; z-index: 20; background: #fff; border: 1px solid #cbd2da; box-shadow: 0 4px 12px rgba(0,0,0,.12); list-style: none; margin: 4px 0 0; padding: 8px 0; min-width: 230px; }
.vl-header__menu a { display: block; padding: 6px 16px; color: #0055cc; }
.vl-functional-header { background: #f7f9fc; border-bottom: 1px solid #cbd2da; padding: 18px 0 10px; margin-bottom: 8px; }
.vl-functional-header__row { display: flex; justify-content: space-between; align-items: center; gap: 16px; flex-wrap: wrap; }
.vl-functional-header__title { font-size: 26px; font-weight: 500; margin: 0; }
.vl-functional-header__title a { color: #333332; text-decoration: none; }
.vl-functional-header__actions ul { display: flex; gap: 16px; list-style: none; margin: 0; padding: 0; }
.vl-functional-header__actions p { margin: 0; }
.vl-functional-header__sub { margin-top: 6px; }
.vl-functional-header__sub__actions { display: flex; gap: 24px; list-style: none; padding: 0; margin: 0; font-size: 15px; color: #687483; }
.vl-footer { background: #333332; color: #fff; margin-top: 48px; padding: 32px 0; font-size: 15px; }
.vl-footer a { color: #fff; }
.vl-footer__grid { display: flex; flex-wrap: wrap; gap: 32px; justify-content: space-between; }
.vl-footer__title { font-weight: 700; font-size: 17px; margin: 0 0 6px; }
.vl-footer__links { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 8px 20px; }
.vl-footer__sub { color: #cbd2da; margin: 0; }
`;

  function injectDocumentStyle() {
    try {
      if (document.getElementById('lit-gb-style')) return;
      const style = document.createElement('style');
      style.id = 'lit-gb-style';
      style.textContent = CSS + HEADER_CSS;
      (document.head || document.documentElement).appendChild(style);
    } catch (e) {
      // ignore
    }
  }

  function styleEl(extra) {
    const style = document.createElement('style');
    style.textContent = CSS + (extra || '');
    return style;
  }

  function esc(value) {
    return String(value == null ? '' : value)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;');
  }

  /** `data-vl-x` or `x`, as the design-system base element observes both. */
  function vlAttr(el, name) {
    if (el.hasAttribute('data-vl-' + name)) return el.getAttribute('data-vl-' + name);
    if (el.hasAttribute(name)) return el.getAttribute(name);
    return null;
  }

  function vlFlag(el, name) {
    const v = vlAttr(el, name);
    return v !== null && v !== 'false';
  }

  function later(fn, ms) {
    setTimeout(() => {
      try {
        fn();
      } catch (e) {
        if (window.console) console.warn('[lit-gb]', e);
      }
    }, ms);
  }

  function insideApp(el) {
    const root = el.getRootNode ? el.getRootNode() : null;
    return Boolean(root && root.host && root.host.hasAttribute && root.host.hasAttribute('data-gb-app'));
  }

  /** Nested components render a moment after their host (like a Lit update after an await). */
  function renderDelay(el, base) {
    const extra = insideApp(el) ? 180 + Math.floor(Math.random() * 220) : 0;
    return (base || 0) + extra + Math.floor(Math.random() * 60);
  }

  function formOf(host) {
    const id = host.getAttribute('form');
    if (id) {
      const root = host.getRootNode();
      const byId = root && root.getElementById ? root.getElementById(id) : document.getElementById(id);
      if (byId) return byId;
    }
    return host.closest('form');
  }

  function submitForm(form) {
    if (!form) return;
    if (typeof form.requestSubmit === 'function') form.requestSubmit();
    else if (typeof form.submit === 'function') form.submit();
  }

  function navigate(href) {
    if (!href) return;
    try {
      location.assign(href);
    } catch (e) {
      location.href = href;
    }
  }

  /** A hidden input in the host's light DOM, so the surrounding form carries the value. */
  function mirror(host, name, value, enabled) {
    if (!name) return null;
    let input = null;
    for (const child of host.children) {
      if (child.tagName === 'INPUT' && child.getAttribute('data-gb-mirror') === '') input = child;
    }
    if (!input) {
      input = document.createElement('input');
      input.type = 'hidden';
      input.setAttribute('data-gb-mirror', '');
      host.appendChild(input);
    }
    input.name = name;
    input.value = value == null ? '' : value;
    input.disabled = !enabled;
    return input;
  }

  // ---------------------------------------------------------------------------------------
  // extended native elements: <button is="vl-button"> & co.
  // ---------------------------------------------------------------------------------------
  const MODIFIERS = {
    'vl-button': ['secondary', 'tertiary', 'error', 'block', 'large', 'wide', 'narrow', 'loading', 'disabled'],
    'vl-input-field': ['block', 'small', 'error', 'success', 'disabled'],
    'vl-select': ['block', 'error', 'disabled'],
    'vl-textarea': ['block', 'error', 'disabled'],
    'vl-data-table': ['hover', 'matrix', 'lined', 'zebra', 'collapsed-m', 'collapsed-s'],
    'vl-region': ['no-space', 'no-space-top', 'no-space-bottom', 'small', 'medium', 'alt', 'bordered'],
    'vl-grid': ['is-stacked', 'align-center', 'v-center'],
    'vl-form-grid': ['is-stacked'],
    'vl-title': ['has-border', 'no-space-bottom'],
    'vl-link': ['bold', 'inline'],
    'vl-action-group': ['align-right', 'bordered'],
  };

  const NATIVE = {
    'vl-button': { tag: 'button', base: 'vl-button' },
    'vl-link-button': { tag: 'a', base: 'vl-button', mods: 'vl-button' },
    'vl-button-link': { tag: 'button', base: 'vl-link', mods: 'vl-link' },
    'vl-link': { tag: 'a', base: 'vl-link' },
    'vl-data-table': { tag: 'table', base: 'vl-data-table' },
    'vl-region': { tag: 'section', base: 'vl-region' },
    'vl-layout': { tag: 'div', base: 'vl-layout' },
    'vl-grid': { tag: 'div', base: 'vl-grid' },
    'vl-column': { tag: 'div', base: null },
    'vl-form-grid': { tag: 'div', base: 'vl-form-grid' },
    'vl-form-column': { tag: 'div', base: null },
    'vl-action-group': { tag: 'div', base: 'vl-action-group' },
    'vl-h1': { tag: 'h1', base: 'vl-title vl-title--h1', mods: 'vl-title' },
    'vl-h2': { tag: 'h2', base: 'vl-title vl-title--h2', mods: 'vl-title' },
    'vl-h3': { tag: 'h3', base: 'vl-title vl-title--h3', mods: 'vl-title' },
    'vl-h4': { tag: 'h4', base: 'vl-title vl-title--h4', mods: 'vl-title' },
    'vl-input-field': { tag: 'input', base: 'vl-input-field' },
    'vl-select': { tag: 'select', base: 'vl-select' },
    'vl-textarea': { tag: 'textarea', base: 'vl-textarea' },
    'vl-form-label': { tag: 'label', base: 'vl-form__label' },
    'vl-form-annotation': { tag: 'p', base: 'vl-form__annotation' },
    'vl-introduction': { tag: 'p', base: 'vl-introduction' },
    'vl-icon': { tag: 'span', base: 'vl-icon' },
    'vl-link-list': { tag: 'ul', base: 'vl-link-list' },
    'vl-body': { tag: 'body', base: 'vl-body' },
    'vl-description-data': { tag: 'dl', base: 'vl-description-data' },
  };

  const CTORS = {
    button: 'HTMLButtonElement',
    a: 'HTMLAnchorElement',
    table: 'HTMLTableElement',
    section: 'HTMLElement',
    div: 'HTMLDivElement',
    h1: 'HTMLHeadingElement',
    h2: 'HTMLHeadingElement',
    h3: 'HTMLHeadingElement',
    h4: 'HTMLHeadingElement',
    input: 'HTMLInputElement',
    select: 'HTMLSelectElement',
    textarea: 'HTMLTextAreaElement',
    label: 'HTMLLabelElement',
    p: 'HTMLParagraphElement',
    span: 'HTMLSpanElement',
    ul: 'HTMLUListElement',
    body: 'HTMLBodyElement',
    dl: 'HTMLDListElement',
  };

  function dressNative(el) {
    const name = el.getAttribute('is');
    const def = NATIVE[name];
    if (!def || el.hasAttribute('data-vl-dressed')) return;
    if (def.base) for (const c of def.base.split(' ')) el.classList.add(c);
    const modBase = def.mods || def.base;
    for (const mod of MODIFIERS[modBase] || []) {
      if (vlFlag(el, mod)) el.classList.add(modBase + '--' + mod);
    }
    if (name === 'vl-column' || name === 'vl-form-column') {
      const size = vlAttr(el, 'size') || '12';
      const max = vlAttr(el, 'max-size') || '12';
      el.classList.add((name === 'vl-column' ? 'vl-col--' : 'vl-form-col--') + size + '-' + max);
    }
    if (name === 'vl-icon') {
      const icon = vlAttr(el, 'icon');
      el.classList.add('vl-vi');
      if (icon) el.classList.add('vl-vi-' + icon);
      if (!el.hasAttribute('aria-hidden') && !el.textContent.trim()) el.setAttribute('aria-hidden', 'true');
    }
    if (name === 'vl-button' || name === 'vl-link-button') {
      const icon = el.querySelector('[is="vl-icon"]');
      if (icon) {
        const before = icon.hasAttribute('data-vl-before');
        el.classList.add('vl-button--icon' + (before ? '-before' : '-after'));
        icon.classList.add('vl-button__icon');
      }
    }
    if (name === 'vl-data-table' && !el.hasAttribute('role') && vlFlag(el, 'collapsed-m')) {
      el.setAttribute('data-vl-collapsed', '');
    }
    el.setAttribute('data-vl-dressed', '');
  }

  function dressNatives(root) {
    if (!root || !root.querySelectorAll) return;
    const scope = root;
    if (scope.nodeType === 1 && scope.hasAttribute && scope.hasAttribute('is')) dressNative(scope);
    for (const el of scope.querySelectorAll('[is]')) dressNative(el);
  }

  function defineCustomizedBuiltIns() {
    for (const name of Object.keys(NATIVE)) {
      const def = NATIVE[name];
      const Ctor = window[CTORS[def.tag]];
      if (!Ctor || !window.customElements || customElements.get(name)) continue;
      try {
        const cls = class extends Ctor {
          connectedCallback() {
            dressNative(this);
          }
        };
        customElements.define(name, cls, { extends: def.tag });
      } catch (e) {
        // customized built-ins unsupported here: the scan below dresses the elements
      }
    }
  }

  function observeNatives(root) {
    if (typeof MutationObserver !== 'function' || !root) return;
    try {
      const observer = new MutationObserver((mutations) => {
        for (const m of mutations) {
          for (const node of m.addedNodes) {
            if (node.nodeType === 1) dressNatives(node);
          }
        }
      });
      observer.observe(root, { childList: true, subtree: true });
    } catch (e) {
      // ignore
    }
  }

  // ---------------------------------------------------------------------------------------
  // base class
  // ---------------------------------------------------------------------------------------
  class GbElement extends HTMLElement {
    constructor() {
      super();
      this._rendered = false;
      this._renderPending = false;
    }

    get _shadow() {
      return this.shadowRoot || this.attachShadow({ mode: 'open' });
    }

    connectedCallback() {
      if (this._rendered || this._renderPending) return;
      this._renderPending = true;
      const base = this.constructor.baseDelay || 0;
      later(
        () => {
          this._renderPending = false;
          this._fullRender();
        },
        renderDelay(this, base),
      );
    }

    attributeChangedCallback() {
      if (this._rendered && this.constructor.rerenderOnChange) this._fullRender();
    }

    _fullRender() {
      const shadow = this._shadow;
      while (shadow.firstChild) shadow.removeChild(shadow.firstChild);
      shadow.appendChild(styleEl(this.constructor.extraCss));
      const frag = document.createElement('template');
      frag.innerHTML = this.template();
      shadow.appendChild(document.importNode(frag.content, true));
      this._rendered = true;
      this.afterRender(shadow);
      later(() => dressNatives(shadow), 40 + Math.floor(Math.random() * 80));
      this.setAttribute('data-vl-rendered', '');
    }

    template() {
      return '<slot></slot>';
    }

    afterRender() {}
  }

  // ---------------------------------------------------------------------------------------
  // global header / footer (the Vlaanderen header widget)
  // ---------------------------------------------------------------------------------------
  class VlHeader extends GbElement {
    template() {
      const user = vlAttr(this, 'user');
      const org = vlAttr(this, 'organisation') || '';
      const host = vlAttr(this, 'host-title') || 'Gebruikersbeheer';
      const right = user
        ? `<div class="vl-header__user">
             <button class="vl-header__user-button" type="button" aria-expanded="false" aria-controls="menu" id="user">
               <span>${esc(user)}</span><span class="vl-header__user-org">${esc(org)}</span>
             </button>
             <ul class="vl-header__menu" id="menu" hidden>
               <li><a href="https://mijnprofiel-gebruikersbeheer.vlaanderen.be/">Mijn profiel</a></li>
               <li><a href="/">Wissel van organisatie</a></li>
               <li><a href="https://www.vlaanderen.be/uw-overheid/aanmelden">Hulp bij aanmelden</a></li>
               <li><a href="/?afgemeld=1">Afmelden</a></li>
             </ul>
           </div>`
        : `<a href="https://overheid.vlaanderen.be/gebruikersbeheer">Hulp</a>`;
      return `<header class="vl-header" role="banner">
        <div class="vl-layout"><div class="vl-header__bar">
          <div class="vl-header__brand">
            <a class="vl-header__logo" href="https://www.vlaanderen.be"><span class="vl-header__logo-mark" aria-hidden="true"></span><span>Vlaanderen</span></a>
            <span class="vl-header__host">${esc(host)}</span>
          </div>
          <nav class="vl-header__nav" aria-label="Gebruikersmenu">${right}</nav>
        </div></div>
      </header>`;
    }

    afterRender(shadow) {
      const button = shadow.getElementById('user');
      const menu = shadow.getElementById('menu');
      if (button && menu) {
        button.addEventListener('click', () => {
          const open = menu.hidden;
          menu.hidden = !open;
          button.setAttribute('aria-expanded', String(open));
        });
      }
    }
  }
  VlHeader.extraCss = HEADER_CSS;

  class VlFooter extends GbElement {
    template() {
      const by = vlAttr(this, 'publisher') || 'Digitaal Vlaanderen';
      return `<footer class="vl-footer" role="contentinfo">
        <div class="vl-layout"><div class="vl-footer__grid">
          <div>
            <p class="vl-footer__title">Gebruikersbeheer Vlaamse overheid</p>
            <p class="vl-footer__sub">is een officiële website van de Vlaamse overheid, uitgegeven door ${esc(by)}.</p>
          </div>
          <div>
            <ul class="vl-footer__links">
              <li><a href="https://overheid.vlaanderen.be/gebruikersbeheer-handleiding">Handleiding</a></li>
              <li><a href="https://www.vlaanderen.be/toegankelijkheid">Toegankelijkheid</a></li>
              <li><a href="https://www.vlaanderen.be/cookieverklaring">Cookieverklaring</a></li>
              <li><a href="https://www.vlaanderen.be/privacy">Privacy</a></li>
              <li><a href="https://www.vlaanderen.be/contact">Contact: bel 1700</a></li>
            </ul>
          </div>
        </div></div>
        <slot></slot>
      </footer>`;
    }
  }
  VlFooter.extraCss = HEADER_CSS;

  // ---------------------------------------------------------------------------------------
  // vl-functional-header: title and sub-title ONLY from attributes, copied into the shadow root
  // ---------------------------------------------------------------------------------------
  class VlFunctionalHeader extends GbElement {
    static get observedAttributes() {
      return ['data-vl-title', 'data-vl-sub-title', 'title', 'sub-title', 'data-vl-link', 'data-vl-back'];
    }

    template() {
      const back = vlAttr(this, 'back') || 'Terug';
      const backLink = vlAttr(this, 'back-link');
      const hideBack = vlFlag(this, 'hide-back-link');
      return `<header class="vl-functional-header">
        <div class="vl-layout">
          <div class="vl-functional-header__row">
            <div class="vl-functional-header__content">
              <h1 class="vl-title vl-functional-header__title"><a id="title" class="vl-link vl-link--neutral" tabindex="0"></a></h1>
            </div>
            <div id="actions" class="vl-functional-header__actions"><ul></ul></div>
          </div>
          <div class="vl-functional-header__sub">
            <ul class="vl-functional-header__sub__actions">
              ${hideBack ? '' : `<li id="back-link-container"><a id="back-link" is="vl-link" href="${esc(backLink || '/beheer')}"><span is="vl-icon" data-vl-icon="arrow-left-fat" data-vl-before></span> <span id="back-link-text">${esc(back)}</span></a></li>`}
              <li id="sub-title" class="vl-functional-header__sub__action"></li>
            </ul>
          </div>
        </div>
      </header>`;
    }

    afterRender(shadow) {
      const title = shadow.getElementById('title');
      title.textContent = vlAttr(this, 'title') || '';
      const link = vlAttr(this, 'link');
      if (link) title.setAttribute('href', link);
      const sub = shadow.getElementById('sub-title');
      const subText = vlAttr(this, 'sub-title');
      sub.textContent = subText || '';
      sub.hidden = !subText;
      const list = shadow.querySelector('#actions ul');
      const actions = this.querySelector('[slot="actions"]');
      if (actions) {
        for (const action of actions.children) {
          const li = document.createElement('li');
          li.className = 'vl-functional-header__action';
          const p = document.createElement('p');
          p.innerHTML = action.outerHTML;
          li.appendChild(p);
          list.appendChild(li);
        }
      } else {
        shadow.getElementById('actions').hidden = true;
      }
    }
  }
  VlFunctionalHeader.rerenderOnChange = true;
  VlFunctionalHeader.extraCss = HEADER_CSS;

  // ---------------------------------------------------------------------------------------
  // vl-alert: title from the `title` / `data-vl-title` attribute, message through the slot
  // ---------------------------------------------------------------------------------------
  class VlAlert extends GbElement {
    template() {
      const type = vlAttr(this, 'type') || 'info';
      const icon = vlAttr(this, 'icon') || (type === 'success' ? 'check' : 'info');
      return `<div id="alert" class="vl-alert vl-alert--${esc(type)}" role="${type === 'error' ? 'alert' : 'status'}">
        <div class="vl-alert__icon"><span is="vl-icon" data-vl-icon="${esc(icon)}"></span></div>
        <div class="vl-alert__content">
          <p id="title" class="vl-alert__title"></p>
          <div class="vl-alert__message"><slot></slot></div>
          <div class="vl-alert__actions" id="actions"><slot name="actions"></slot></div>
        </div>
        ${vlFlag(this, 'closable') ? '<button id="close" class="vl-alert__close" type="button"><span is="vl-icon" data-vl-icon="cross"></span><span class="vl-u-visually-hidden">Melding sluiten</span></button>' : ''}
      </div>`;
    }

    afterRender(shadow) {
      const title = vlAttr(this, 'title');
      const p = shadow.getElementById('title');
      p.textContent = title || '';
      p.hidden = !title;
      if (!this.querySelector('[slot="actions"]')) shadow.getElementById('actions').hidden = true;
      const close = shadow.getElementById('close');
      if (close) close.addEventListener('click', () => this.remove());
    }
  }

  // ---------------------------------------------------------------------------------------
  // Lit-style button: the real <button> is inside the shadow root
  // ---------------------------------------------------------------------------------------
  class VlButtonNext extends GbElement {
    static get observedAttributes() {
      return ['disabled'];
    }

    template() {
      const classes = ['vl-button'];
      for (const m of ['secondary', 'tertiary', 'error', 'block', 'large', 'wide', 'narrow', 'loading', 'disabled']) {
        if (this.hasAttribute(m)) classes.push('vl-button--' + m);
      }
      const icon = this.getAttribute('icon');
      const placement = this.getAttribute('icon-placement') || 'before';
      const iconHtml = icon ? `<span class="vl-icon vl-vi vl-vi-${esc(icon)}" aria-hidden="true"></span>` : '';
      return `<button part="button" class="${classes.join(' ')}" type="${esc(this.getAttribute('type') || 'button')}"${this.hasAttribute('disabled') ? ' disabled' : ''}>${placement === 'before' ? iconHtml : ''}<slot></slot>${placement === 'after' ? iconHtml : ''}</button>`;
    }

    afterRender(shadow) {
      const button = shadow.querySelector('button');
      button.addEventListener('click', (event) => {
        event.preventDefault();
        event.stopPropagation();
        if (this.hasAttribute('disabled')) return;
        const type = this.getAttribute('type');
        if (type === 'submit') submitForm(formOf(this));
        if (type === 'reset') {
          const form = formOf(this);
          if (form) form.reset();
        }
        this.dispatchEvent(new CustomEvent('vl-click', { bubbles: true, composed: true }));
      });
    }

    focus() {
      const b = this.shadowRoot && this.shadowRoot.querySelector('button');
      if (b) b.focus();
    }
  }
  VlButtonNext.rerenderOnChange = true;

  // ---------------------------------------------------------------------------------------
  // Lit-style spotlight: <a class="vl-spotlight"> inside the shadow root, texts through slots
  // ---------------------------------------------------------------------------------------
  class VlSpotlight extends GbElement {
    template() {
      const link = this.getAttribute('link') || '#';
      return `<a class="vl-spotlight" href="${esc(link)}" part="link">
        <article role="none">
          <h3 class="vl-spotlight__title"><slot name="title"></slot></h3>
          <p class="vl-spotlight__subtitle"><slot name="subtitle"></slot></p>
          <div class="vl-spotlight__content"><slot name="content"></slot></div>
        </article>
      </a>`;
    }
  }

  // ---------------------------------------------------------------------------------------
  // radios and checkboxes: the <input> is inside the shadow root
  // ---------------------------------------------------------------------------------------
  function peersOf(host, selector, name) {
    const root = host.getRootNode ? host.getRootNode() : document;
    const all = root.querySelectorAll ? root.querySelectorAll(selector) : [];
    return [...all].filter((r) => r !== host && (r.getAttribute('data-vl-name') || r.getAttribute('name')) === name);
  }

  /** Classic vl-radio: label ONLY in data-vl-label. */
  class VlRadio extends GbElement {
    template() {
      const classes = ['vl-radio'];
      if (vlFlag(this, 'block')) classes.push('vl-radio--block');
      if (vlFlag(this, 'disabled')) classes.push('vl-radio--disabled');
      if (vlFlag(this, 'error')) classes.push('vl-radio--error');
      const single = vlFlag(this, 'single');
      return `<label class="${classes.join(' ')}" for="radio">
        <input class="vl-radio__toggle" type="radio" id="radio" name="${esc(vlAttr(this, 'name') || 'radio')}" value="${esc(vlAttr(this, 'value') || '')}"${vlFlag(this, 'checked') ? ' checked' : ''}${vlFlag(this, 'disabled') ? ' disabled' : ''}/>
        <div class="vl-radio__label"><span id="label-text"${single ? ' class="vl-u-visually-hidden"' : ''}></span></div>
      </label>`;
    }

    afterRender(shadow) {
      shadow.getElementById('label-text').textContent = vlAttr(this, 'label') || '';
      const input = shadow.getElementById('radio');
      input.addEventListener('change', () => this._check());
      this._sync();
    }

    get checked() {
      const input = this.shadowRoot && this.shadowRoot.getElementById('radio');
      return input ? input.checked : vlFlag(this, 'checked');
    }

    set checked(value) {
      const input = this.shadowRoot && this.shadowRoot.getElementById('radio');
      if (input) input.checked = Boolean(value);
      this._sync();
    }

    check() {
      this.checked = true;
      this._check();
    }

    _check() {
      const name = vlAttr(this, 'name');
      for (const peer of peersOf(this, 'vl-radio', name)) peer.checked = false;
      this._sync();
      this.dispatchEvent(
        new CustomEvent('change', { bubbles: true, composed: true, detail: { value: vlAttr(this, 'value') } }),
      );
    }

    _sync() {
      mirror(this, vlAttr(this, 'name'), vlAttr(this, 'value'), this.checked);
    }
  }

  /** Lit-style vl-radio-next: text through the slot, `label` becomes the input's aria-label. */
  class VlRadioNext extends GbElement {
    template() {
      const classes = ['vl-radio'];
      if (this.hasAttribute('block')) classes.push('vl-radio--block');
      const label = this.getAttribute('label');
      return `<label id="radio-label" class="${classes.join(' ')}" for="radio">
        <input class="vl-radio__toggle" type="radio" id="radio" name="${esc(this.getAttribute('name') || '')}" value="${esc(this.getAttribute('value') || '')}"${label ? ` aria-label="${esc(label)}"` : ''}${this.hasAttribute('checked') ? ' checked' : ''}/>
        <div class="vl-radio__label"><span id="label-text"><slot></slot></span></div>
      </label>`;
    }

    afterRender(shadow) {
      const input = shadow.getElementById('radio');
      input.addEventListener('click', () => {
        this.setAttribute('checked', '');
      });
      input.addEventListener('change', () => {
        for (const peer of peersOf(this, 'vl-radio-next', this.getAttribute('name'))) peer.checked = false;
        this._sync();
        this.dispatchEvent(
          new CustomEvent('vl-checked', {
            bubbles: true,
            composed: true,
            detail: { checked: true, value: this.getAttribute('value') },
          }),
        );
      });
      this._sync();
    }

    get checked() {
      const input = this.shadowRoot && this.shadowRoot.getElementById('radio');
      return input ? input.checked : this.hasAttribute('checked');
    }

    set checked(value) {
      const input = this.shadowRoot && this.shadowRoot.getElementById('radio');
      if (input) input.checked = Boolean(value);
      if (value) this.setAttribute('checked', '');
      else this.removeAttribute('checked');
      this._sync();
    }

    _sync() {
      mirror(this, this.getAttribute('name'), this.getAttribute('value'), this.checked);
    }
  }

  /** Classic vl-checkbox: label ONLY in data-vl-label. */
  class VlCheckbox extends GbElement {
    template() {
      const classes = ['vl-checkbox'];
      if (vlFlag(this, 'block')) classes.push('vl-checkbox--block');
      if (vlFlag(this, 'disabled')) classes.push('vl-checkbox--disabled');
      return `<label id="label" class="${classes.join(' ')}" for="checkbox">
        <input class="vl-checkbox__toggle" type="checkbox" id="checkbox" name="checkbox" value="${esc(vlAttr(this, 'value') || 'on')}"${vlFlag(this, 'checked') ? ' checked' : ''}${vlFlag(this, 'disabled') ? ' disabled' : ''}/>
        <div class="vl-checkbox__label"><i class="vl-checkbox__box" aria-hidden="true"></i><span id="label-text"></span></div>
      </label>`;
    }

    afterRender(shadow) {
      shadow.getElementById('label-text').textContent = vlAttr(this, 'label') || '';
      const input = shadow.getElementById('checkbox');
      input.addEventListener('change', () => {
        this._sync();
        this.dispatchEvent(new CustomEvent('input', { bubbles: true, composed: true, detail: input.checked }));
      });
      this._sync();
    }

    get checked() {
      const input = this.shadowRoot && this.shadowRoot.getElementById('checkbox');
      return input ? input.checked : vlFlag(this, 'checked');
    }

    toggle() {
      const input = this.shadowRoot && this.shadowRoot.getElementById('checkbox');
      if (input) input.click();
    }

    _sync() {
      mirror(this, vlAttr(this, 'name'), vlAttr(this, 'value') || 'on', this.checked);
    }
  }

  /** Lit-style vl-checkbox-next (optionally a switch): text through the slot. */
  class VlCheckboxNext extends GbElement {
    template() {
      const sw = this.hasAttribute('switch');
      return `<label id="label" class="${sw ? 'vl-checkbox--switch__wrapper' : 'vl-checkbox vl-checkbox--block'}">
        <input class="${sw ? 'vl-checkbox--switch' : 'vl-checkbox__toggle'}" type="checkbox" id="checkbox" name="${esc(this.getAttribute('name') || '')}" value="${esc(this.getAttribute('value') || 'true')}"${this.hasAttribute('checked') ? ' checked' : ''}/>
        <div class="vl-checkbox__label"><span><slot></slot></span></div>
      </label>`;
    }

    afterRender(shadow) {
      const input = shadow.getElementById('checkbox');
      input.addEventListener('change', () => {
        if (input.checked) this.setAttribute('checked', '');
        else this.removeAttribute('checked');
        this._sync();
        this.dispatchEvent(
          new CustomEvent('vl-checked', { bubbles: true, composed: true, detail: { checked: input.checked } }),
        );
      });
      this._sync();
    }

    _sync() {
      mirror(this, this.getAttribute('name'), this.getAttribute('value') || 'true', this.hasAttribute('checked'));
    }
  }

  // ---------------------------------------------------------------------------------------
  // input fields and datepicker with the <input> inside the shadow root
  // ---------------------------------------------------------------------------------------
  /** The text of a light-DOM <label for="hostId"> in the host's tree, if any. */
  function lightLabelFor(host) {
    const id = host.getAttribute('id');
    if (!id) return null;
    const root = host.getRootNode ? host.getRootNode() : document;
    const label = root.querySelector ? root.querySelector(`label[for="${id}"]`) : null;
    return label || null;
  }

  class VlInputFieldNext extends GbElement {
    template() {
      const visible = vlAttr(this, 'label') !== null && this.hasAttribute('data-vl-label');
      const classes = ['vl-input-field'];
      if (this.hasAttribute('block') || vlFlag(this, 'block')) classes.push('vl-input-field--block');
      if (this.hasAttribute('error')) classes.push('vl-input-field--error');
      const type = this.getAttribute('type') || 'text';
      const attrs = [
        `id="input"`,
        `class="${classes.join(' ')}"`,
        `type="${esc(type)}"`,
        `name="${esc(this.getAttribute('name') || this.getAttribute('id') || '')}"`,
      ];
      for (const a of ['placeholder', 'autocomplete', 'inputmode', 'maxlength', 'pattern']) {
        if (this.hasAttribute(a)) attrs.push(`${a}="${esc(this.getAttribute(a))}"`);
      }
      if (this.hasAttribute('required')) attrs.push('required aria-required="true"');
      const annotation = vlAttr(this, 'annotation');
      if (annotation) attrs.push('aria-describedby="annotation"');
      return `${visible ? `<label class="vl-form__label" for="input" id="label">${esc(vlAttr(this, 'label'))}</label>` : ''}
        <input ${attrs.join(' ')}/>
        ${annotation ? `<span class="vl-form__annotation" id="annotation">${esc(annotation)}</span>` : ''}`;
    }

    afterRender(shadow) {
      const input = shadow.getElementById('input');
      input.value = this.getAttribute('value') || '';
      if (!this.hasAttribute('data-vl-label')) {
        const plainLabel = this.getAttribute('label');
        const light = lightLabelFor(this);
        const text = plainLabel || (light ? light.textContent.replace(/\s+/g, ' ').trim() : '');
        if (text) input.setAttribute('aria-label', text);
        if (light) light.addEventListener('click', () => input.focus());
      }
      input.addEventListener('input', () => {
        this._sync();
        this.dispatchEvent(
          new CustomEvent('vl-input', { bubbles: true, composed: true, detail: { value: input.value } }),
        );
      });
      input.addEventListener('keydown', (event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          submitForm(formOf(this));
        }
      });
      this._sync();
    }

    get value() {
      const input = this.shadowRoot && this.shadowRoot.getElementById('input');
      return input ? input.value : this.getAttribute('value') || '';
    }

    set value(v) {
      const input = this.shadowRoot && this.shadowRoot.getElementById('input');
      if (input) input.value = v;
      else this.setAttribute('value', v);
      this._sync();
    }

    focus() {
      const input = this.shadowRoot && this.shadowRoot.getElementById('input');
      if (input) input.focus();
    }

    _sync() {
      mirror(this, this.getAttribute('name') || this.getAttribute('id'), this.value, true);
    }
  }

  /** Display names for the slugs the forms carry (recht, rol, type). */
  const LABELS = {
    'dimona-mandaatuitvoerder': 'Dimona Mandaatuitvoerder',
    'dwse-organisatieverantwoordelijke': 'DWSE Organisatieverantwoordelijke',
    'dwse-opleider': 'DWSE-opleider',
    'werkplek-duaal-gebruiker': 'Werkplek Duaal Gebruiker',
    'subsidieloket-raadpleger': 'Subsidieloket Raadpleger',
    'lokale-beheerder': 'Lokale beheerder',
    beheerder: 'Beheerder',
    behandelaar: 'Behandelaar',
    medewerker: 'Medewerker',
    stemgerechtigde: 'Stemgerechtigde',
    ambtenaar: 'Ambtenaar',
    'vaste-medewerker': 'Vaste Medewerker',
    'externe-medewerker': 'Externe Medewerker',
    'occasionele-medewerker': 'Occasionele Medewerker',
  };

  const MONTHS = [
    'januari',
    'februari',
    'maart',
    'april',
    'mei',
    'juni',
    'juli',
    'augustus',
    'september',
    'oktober',
    'november',
    'december',
  ];

  /** Classic vl-datepicker: shadow input + calendar toggle; label in data-vl-label or a light <label>. */
  class VlDatepicker extends GbElement {
    template() {
      const label = this.hasAttribute('data-vl-label') ? vlAttr(this, 'label') : null;
      return `${label ? `<label class="vl-form__label" for="input">${esc(label)}</label>` : ''}
        <div class="vl-input-group" id="wrapper" data-vl-datepicker>
          <input id="input" class="vl-input-field vl-input-field--block js-vl-datepicker-input" type="text" autocomplete="off" placeholder="dd.mm.jjjj" name="${esc(vlAttr(this, 'name') || '')}"/>
          <button id="button" class="vl-input-addon js-vl-datepicker-toggle" type="button" aria-label="${esc(vlAttr(this, 'toggle-label') || 'Kalender openen')}" aria-expanded="false"><span class="vl-icon vl-vi vl-vi-calendar" aria-hidden="true"></span></button>
        </div>
        <div id="calendar" class="gb-card" role="dialog" aria-label="Kalender" hidden style="position:absolute;z-index:30;margin-top:4px;padding:10px;max-width:300px"></div>`;
    }

    afterRender(shadow) {
      const input = shadow.getElementById('input');
      input.value = vlAttr(this, 'value') || '';
      if (!this.hasAttribute('data-vl-label')) {
        const light = lightLabelFor(this);
        if (light) {
          input.setAttribute('aria-label', light.textContent.replace(/\s+/g, ' ').trim());
          light.addEventListener('click', () => input.focus());
        }
      }
      input.addEventListener('input', () => this._sync());
      input.addEventListener('change', () => {
        this._sync();
        this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      });
      const button = shadow.getElementById('button');
      const calendar = shadow.getElementById('calendar');
      button.addEventListener('click', () => {
        const open = calendar.hidden;
        if (open) this._fillCalendar(calendar, input);
        calendar.hidden = !open;
        button.setAttribute('aria-expanded', String(open));
      });
      this._sync();
    }

    _fillCalendar(calendar, input) {
      const m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(input.value.trim());
      const now = new Date();
      const month = m ? Number(m[2]) - 1 : now.getMonth();
      const year = m ? Number(m[3]) : now.getFullYear();
      const days = new Date(year, month + 1, 0).getDate();
      let html = `<p class="gb-small" style="margin:0 0 6px;font-weight:600">${MONTHS[month]} ${year}</p><div style="display:grid;grid-template-columns:repeat(7,1fr);gap:2px">`;
      for (let d = 1; d <= days; d++) {
        html += `<button type="button" data-day="${d}" aria-label="${d} ${MONTHS[month]} ${year}" style="font:inherit;font-size:13px;padding:3px;border:1px solid #e8ebee;background:#fff;cursor:pointer">${d}</button>`;
      }
      calendar.innerHTML = html + '</div>';
      for (const b of calendar.querySelectorAll('button[data-day]')) {
        b.addEventListener('click', () => {
          const dd = String(b.getAttribute('data-day')).padStart(2, '0');
          input.value = `${dd}.${String(month + 1).padStart(2, '0')}.${year}`;
          calendar.hidden = true;
          this._sync();
        });
      }
    }

    get value() {
      const input = this.shadowRoot && this.shadowRoot.getElementById('input');
      return input ? input.value : vlAttr(this, 'value') || '';
    }

    _sync() {
      mirror(this, vlAttr(this, 'name') || this.getAttribute('id'), this.value, true);
    }
  }

  // ---------------------------------------------------------------------------------------
  // wizard: progress bar and step title rendered in the shadow root
  // ---------------------------------------------------------------------------------------
  class VlWizard extends GbElement {
    template() {
      const steps = (vlAttr(this, 'steps') || '')
        .split('|')
        .map((s) => s.trim())
        .filter(Boolean);
      const active = Number(vlAttr(this, 'active-step') || 1);
      const items = steps
        .map((label, i) => {
          const n = i + 1;
          const state = n < active ? 'done' : n === active ? 'active' : 'todo';
          return `<li class="vl-progress-bar__step vl-progress-bar__step--${state}"${n === active ? ' aria-current="step"' : ''}><span class="vl-progress-bar__bullet" aria-hidden="true">${n}</span>${esc(label)}</li>`;
        })
        .join('');
      const stepLabel = vlAttr(this, 'step-label');
      return `<section class="vl-wizard" data-vl-wizard>
        <header class="vl-wizard__heading" role="none">
          <slot name="title"></slot>
          <slot name="header"></slot>
          ${stepLabel ? `<h3 class="vl-wizard__pane-title" id="step-label"></h3>` : ''}
        </header>
        ${items ? `<ol class="vl-progress-bar" aria-label="Voortgang">${items}</ol>` : ''}
        <div class="vl-wizard__panes"><slot name="panes"></slot><slot></slot></div>
      </section>`;
    }

    afterRender(shadow) {
      const stepLabel = shadow.getElementById('step-label');
      if (stepLabel) stepLabel.textContent = vlAttr(this, 'step-label');
    }
  }

  /**
   * vl-wizard-pane: the step title from `data-vl-title` (copied into the shadow root), or the
   * light-DOM `slot="title"` element, or composed: `data-vl-step` + `data-vl-of` rendered as
   * "Stap 3 van 3: " in the shadow root followed by the slotted title.
   */
  class VlWizardPane extends GbElement {
    template() {
      const attrTitle = vlAttr(this, 'title');
      const step = vlAttr(this, 'step');
      const of = vlAttr(this, 'of');
      let heading;
      if (attrTitle) heading = `<h3 class="vl-wizard__pane-title" id="pane-title"></h3>`;
      else if (step && of)
        heading = `<h3 class="vl-wizard__pane-title"><span id="prefix"></span><slot name="title"></slot></h3>`;
      else heading = `<slot name="title"></slot>`;
      return `<section class="vl-wizard__pane is-selected">
        ${heading}
        <div class="vl-wizard__pane-content"><slot name="content"></slot><slot></slot></div>
        <div class="vl-wizard__pane-actions" id="actions-column">
          <slot name="previous-action"></slot>
          <slot name="next-action"></slot>
        </div>
      </section>`;
    }

    afterRender(shadow) {
      const t = shadow.getElementById('pane-title');
      if (t) t.textContent = vlAttr(this, 'title');
      const prefix = shadow.getElementById('prefix');
      if (prefix) prefix.textContent = `Stap ${vlAttr(this, 'step')} van ${vlAttr(this, 'of')}: `;
      this.classList.add('is-selected');
      for (const slot of ['previous-action', 'next-action']) {
        const el = this.querySelector(`[slot="${slot}"]`);
        if (el) el.setAttribute(slot === 'next-action' ? 'data-vl-wizard-next' : 'data-vl-wizard-prev', '');
      }
      if (!this.querySelector('[slot="previous-action"], [slot="next-action"]')) {
        shadow.getElementById('actions-column').hidden = true;
      }
    }
  }

  // ---------------------------------------------------------------------------------------
  // the app shell: renders a <template> into its own shadow root 500–1000 ms after load
  // ---------------------------------------------------------------------------------------
  class GbApp extends HTMLElement {
    connectedCallback() {
      if (this._started) return;
      this._started = true;
      this.setAttribute('data-gb-app', '');
      const shadow = this.shadowRoot || this.attachShadow({ mode: 'open' });
      shadow.appendChild(styleEl(HEADER_CSS));
      const loader = document.createElement('div');
      loader.className = 'gb-loader';
      loader.setAttribute('role', 'status');
      loader.innerHTML = '<span class="gb-loader__spinner" aria-hidden="true"></span><br>Bezig met laden…';
      shadow.appendChild(loader);
      const asked = Number(this.getAttribute('data-delay'));
      const delay =
        asked >= 0 && asked <= 2000 && this.hasAttribute('data-delay') ? asked : 550 + Math.floor(Math.random() * 400);
      later(() => this._render(shadow, loader), delay);
    }

    _render(shadow, loader) {
      const id = this.getAttribute('data-template');
      let tpl = id ? document.getElementById(id) : null;
      if (!tpl) tpl = this.querySelector('template');
      if (loader && loader.parentNode) loader.parentNode.removeChild(loader);
      if (!tpl || !tpl.content) return;
      const content = document.importNode(tpl.content, true);
      shadow.appendChild(content);
      this.setAttribute('data-rendered', location.pathname);
      observeNatives(shadow);
      later(
        () => {
          dressNatives(shadow);
          if (window.LoketReplica && typeof window.LoketReplica.apply === 'function') window.LoketReplica.apply(shadow);
          wireBehaviours(shadow);
        },
        60 + Math.floor(Math.random() * 90),
      );
      this.dispatchEvent(new CustomEvent('gb-app-render', { bubbles: true, composed: true }));
    }
  }

  // ---------------------------------------------------------------------------------------
  // small page behaviours (the app's own code): search results, toasts, csv, filters
  // ---------------------------------------------------------------------------------------
  function toast(root, text) {
    const host = document.createElement('div');
    host.className = 'vl-toaster';
    const alert = document.createElement('vl-alert');
    alert.setAttribute('data-vl-type', 'success');
    alert.setAttribute('data-vl-closable', '');
    alert.textContent = text;
    host.appendChild(alert);
    (root && root.host ? root : document.body).appendChild(host);
    later(() => host.remove(), 6000);
  }

  function wireBehaviours(root) {
    const scope = root || document;
    for (const el of scope.querySelectorAll('[data-gb-toast]')) {
      if (el.hasAttribute('data-gb-wired')) continue;
      el.setAttribute('data-gb-wired', '');
      el.addEventListener('click', () => toast(scope, el.getAttribute('data-gb-toast')));
    }
    for (const el of scope.querySelectorAll('[data-gb-search]')) {
      if (el.hasAttribute('data-gb-wired')) continue;
      el.setAttribute('data-gb-wired', '');
      el.addEventListener('click', (event) => {
        event.preventDefault();
        const target = scope.getElementById ? scope.getElementById(el.getAttribute('data-gb-search')) : null;
        if (!target) return;
        target.hidden = true;
        later(() => {
          target.hidden = false;
        }, 350);
      });
    }
    for (const el of scope.querySelectorAll('[data-gb-reveal]')) {
      if (el.hasAttribute('data-gb-wired')) continue;
      el.setAttribute('data-gb-wired', '');
      el.addEventListener('click', (event) => {
        event.preventDefault();
        const target = scope.getElementById ? scope.getElementById(el.getAttribute('data-gb-reveal')) : null;
        if (target) target.hidden = !target.hidden;
      });
    }
    for (const el of scope.querySelectorAll('[data-gb-filter]')) {
      if (el.hasAttribute('data-gb-wired')) continue;
      el.setAttribute('data-gb-wired', '');
      el.addEventListener('vl-input', (event) => {
        const q = String((event.detail && event.detail.value) || '')
          .toLowerCase()
          .trim();
        const list = scope.getElementById ? scope.getElementById(el.getAttribute('data-gb-filter')) : null;
        if (!list) return;
        for (const item of list.querySelectorAll('vl-radio, vl-checkbox')) {
          const label = String(vlAttr(item, 'label') || '').toLowerCase();
          const hide = q !== '' && label.indexOf(q) < 0;
          item.hidden = hide;
          const next = item.nextElementSibling;
          if (next && next.tagName === 'P') next.hidden = hide;
        }
      });
    }
    // mirror chosen values into overview cells: data-gb-param="name" fills from ?name=
    const params = new URLSearchParams(location.search);
    for (const el of scope.querySelectorAll('[data-gb-param]')) {
      const names = el.getAttribute('data-gb-param').split(/\s+/);
      const values = [];
      for (const n of names) for (const v of params.getAll(n)) if (v.trim()) values.push(v.trim());
      if (values.length) {
        const labels = values.map(
          (v) => el.getAttribute('data-gb-map-' + v.toLowerCase()) || LABELS[v.toLowerCase()] || v,
        );
        el.textContent = labels.join(', ');
      }
    }
    // forms carry parameters of the current URL along: data-gb-keep="recht rol"
    for (const form of scope.querySelectorAll('form[data-gb-keep]')) {
      if (form.hasAttribute('data-gb-kept')) continue;
      form.setAttribute('data-gb-kept', '');
      for (const name of form.getAttribute('data-gb-keep').split(/\s+/).filter(Boolean)) {
        if (form.querySelector(`[name="${name}"]`)) continue;
        for (const v of params.getAll(name)) {
          const input = document.createElement('input');
          input.type = 'hidden';
          input.name = name;
          input.value = v;
          form.appendChild(input);
        }
      }
    }
  }

  // the router: any element with data-gb-href navigates when clicked (vl-click for Lit buttons)
  document.addEventListener('vl-click', (event) => {
    const path = event.composedPath ? event.composedPath() : [event.target];
    for (const node of path) {
      if (node && node.getAttribute && node.hasAttribute('data-gb-href')) {
        navigate(node.getAttribute('data-gb-href'));
        return;
      }
    }
  });
  document.addEventListener('click', (event) => {
    const path = event.composedPath ? event.composedPath() : [event.target];
    for (const node of path) {
      if (!node || !node.getAttribute) continue;
      if (node.tagName === 'VL-BUTTON-NEXT') return;
      if (node.hasAttribute('data-gb-href')) {
        event.preventDefault();
        navigate(node.getAttribute('data-gb-href'));
        return;
      }
    }
  });

  // ---------------------------------------------------------------------------------------
  // registration
  // ---------------------------------------------------------------------------------------
  function define(name, cls) {
    try {
      if (window.customElements && !customElements.get(name)) customElements.define(name, cls);
    } catch (e) {
      if (window.console) console.warn('[lit-gb] could not define', name, e);
    }
  }

  injectDocumentStyle();
  defineCustomizedBuiltIns();
  define('vl-header', VlHeader);
  define('vl-footer', VlFooter);
  define('vl-functional-header', VlFunctionalHeader);
  define('vl-alert', VlAlert);
  define('vl-button-next', VlButtonNext);
  define('vl-spotlight', VlSpotlight);
  define('vl-radio', VlRadio);
  define('vl-radio-next', VlRadioNext);
  define('vl-checkbox', VlCheckbox);
  define('vl-checkbox-next', VlCheckboxNext);
  define('vl-input-field-next', VlInputFieldNext);
  define('vl-datepicker', VlDatepicker);
  define('vl-wizard', VlWizard);
  define('vl-wizard-pane', VlWizardPane);
  define('app-root', class extends GbApp {});
  define('vo-gebruikersbeheer-app', class extends GbApp {});

  // the light DOM's extended natives are dressed a moment after the script ran
  later(() => {
    dressNatives(document);
    wireBehaviours(document);
    observeNatives(document.body || document.documentElement);
  }, 30);
})();
