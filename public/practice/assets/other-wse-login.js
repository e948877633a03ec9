/* WSE-loket aanmeldmodule — progressive enhancement van de server-gerenderde aanmeldschermen */
(function () {
  'use strict';

  function upgradeNative(root) {
    var map = {
      'vl-button': 'vl-button',
      'vl-link': 'vl-link',
      'vl-input-field': 'vl-input-field',
      'vl-select': 'vl-select'
    };
    Object.keys(map).forEach(function (name) {
      var els = root.querySelectorAll('[is="' + name + '"]');
      for (var i = 0; i < els.length; i++) {
        var el = els[i];
        el.classList.add(map[name]);
        if (el.hasAttribute('data-vl-secondary')) el.classList.add(map[name] + '--secondary');
        if (el.hasAttribute('data-vl-tertiary')) el.classList.add(map[name] + '--tertiary');
        if (el.hasAttribute('data-vl-block')) el.classList.add(map[name] + '--block');
        if (el.hasAttribute('data-vl-bold')) el.classList.add(map[name] + '--bold');
      }
    });
  }

  function cookieBar() {
    var bar = document.querySelector('[data-wse-cookiebar]');
    if (!bar) return;
    var btns = bar.querySelectorAll('button');
    for (var i = 0; i < btns.length; i++) {
      btns[i].addEventListener('click', function () { bar.hidden = true; });
    }
  }

  function formatKbo(value) {
    var digits = String(value || '').replace(/^BE/i, '').replace(/\D/g, '');
    if (digits.length === 9) digits = '0' + digits;
    if (digits.length !== 10) return value;
    return digits.slice(0, 4) + '.' + digits.slice(4, 7) + '.' + digits.slice(7);
  }

  function kboFields() {
    var fields = document.querySelectorAll('input[data-wse-kbo]');
    for (var i = 0; i < fields.length; i++) {
      fields[i].addEventListener('blur', function (ev) {
        ev.target.value = formatKbo(ev.target.value);
      });
    }
  }

  function langSwitch() {
    var sel = document.querySelector('[data-wse-lang]');
    if (!sel) return;
    sel.addEventListener('change', function () { /* enkel NL beschikbaar in dit loket */ });
  }

  function init() {
    upgradeNative(document);
    cookieBar();
    kboFields();
    langSwitch();
    document.documentElement.classList.add('wse-js');
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
