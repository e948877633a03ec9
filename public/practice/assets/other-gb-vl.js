/* gb-vl.js — progressive enhancement for the server-rendered gebruikersbeheer pages.
   Extended native elements (is="vl-...") only get their classes once this runs. */
(function () {
  'use strict';
  function enhance(root) {
    root.querySelectorAll('[is="vl-button"]').forEach(function (el) {
      el.classList.add('vl-button');
      if (el.hasAttribute('data-vl-secondary')) el.classList.add('vl-button--secondary');
      if (el.hasAttribute('data-vl-tertiary')) el.classList.add('vl-button--tertiary');
      if (el.hasAttribute('data-vl-narrow')) el.classList.add('vl-button--narrow');
      if (el.hasAttribute('data-vl-disabled')) { el.classList.add('vl-button--disabled'); el.setAttribute('aria-disabled', 'true'); }
    });
    root.querySelectorAll('[is="vl-link"]').forEach(function (el) { el.classList.add('vl-link'); });
    root.querySelectorAll('[is="vl-input-field"]').forEach(function (el) {
      el.classList.add('vl-input-field');
      if (el.hasAttribute('data-vl-block')) el.classList.add('vl-input-field--block');
      if (el.hasAttribute('data-vl-error')) el.classList.add('vl-input-field--error');
    });
    root.querySelectorAll('[is="vl-select"]').forEach(function (el) { el.classList.add('vl-select'); });
    root.querySelectorAll('[is="vl-data-table"]').forEach(function (el) {
      el.classList.add('vl-data-table');
      if (el.hasAttribute('data-vl-hover')) el.classList.add('vl-data-table--hover');
    });
    root.querySelectorAll('[is="vl-region"]').forEach(function (el) { el.classList.add('vl-region'); });
  }

  function pad(n) { return (n < 10 ? '0' : '') + n; }

  function session() {
    var el = document.querySelector('[data-gb-session]');
    if (!el) return;
    var mins = parseInt(el.getAttribute('data-gb-session'), 10) || 30;
    var d = new Date(Date.now() + mins * 60000);
    el.textContent = 'Uw sessie verloopt om ' + pad(d.getHours()) + ':' + pad(d.getMinutes());
  }

  function cookies() {
    var bar = document.querySelector('.vl-cookie-consent');
    if (!bar) return;
    bar.querySelectorAll('[data-cookie-choice]').forEach(function (b) {
      b.addEventListener('click', function (ev) {
        ev.preventDefault();
        bar.hidden = true;
      });
    });
  }

  function autocomplete() {
    // "Selecteer organisatie": show a static suggestion list when typing (no network).
    var input = document.querySelector('[data-gb-orgsuggest]');
    var list = document.getElementById(input ? input.getAttribute('aria-controls') : '');
    if (!input || !list) return;
    input.addEventListener('input', function () {
      list.hidden = input.value.trim().length < 3;
      input.setAttribute('aria-expanded', list.hidden ? 'false' : 'true');
    });
    list.querySelectorAll('[role=option]').forEach(function (opt) {
      opt.addEventListener('click', function () {
        input.value = opt.getAttribute('data-value') || opt.textContent.trim();
        list.hidden = true;
        input.setAttribute('aria-expanded', 'false');
      });
    });
  }

  function init() { enhance(document); session(); cookies(); autocomplete(); }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
