/* socialezekerheid.be - kleine hulpfuncties voor de klassieke schermen */
(function () {
  'use strict';
  function ready(fn) {
    if (document.readyState !== 'loading') fn();
    else document.addEventListener('DOMContentLoaded', fn);
  }
  ready(function () {
    var banner = document.querySelector('[data-sz-cookies]');
    if (banner) {
      Array.prototype.forEach.call(banner.querySelectorAll('button'), function (b) {
        b.addEventListener('click', function () { banner.hidden = true; });
      });
    }
    Array.prototype.forEach.call(document.querySelectorAll('[data-sz-print]'), function (b) {
      b.addEventListener('click', function (e) {
        e.preventDefault();
        if (typeof window.print === 'function') { try { window.print(); } catch (err) { /* geen printer */ } }
      });
    });
    var t = document.querySelector('[data-sz-sessie]');
    if (t) {
      var min = parseInt(t.getAttribute('data-sz-sessie'), 10) || 30;
      setTimeout(function () { t.textContent = (min - 1) + ' min.'; }, 400);
    }
    Array.prototype.forEach.call(document.querySelectorAll('form[data-sz-confirm]'), function (f) {
      f.addEventListener('submit', function (e) {
        var msg = f.querySelector('[data-sz-msg]');
        if (msg) { e.preventDefault(); msg.hidden = false; }
      });
    });
  });
})();
