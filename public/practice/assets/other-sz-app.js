/* socialezekerheid.be - app shell: vult het app-root element laat vanuit de view-template */
(function () {
  'use strict';
  function each(list, fn) { Array.prototype.forEach.call(list, fn); }
  function wire(root) {
    each(root.querySelectorAll('[role="button"]'), function (el) {
      el.addEventListener('keydown', function (e) {
        if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); el.click(); }
      });
      el.addEventListener('click', function () {
        var out = root.querySelector('[data-app-status]');
        if (out && el.hasAttribute('data-app-busy')) { out.textContent = el.getAttribute('data-app-busy'); }
      });
    });
    each(root.querySelectorAll('[role="checkbox"]'), function (el) {
      function toggle() { el.setAttribute('aria-checked', el.getAttribute('aria-checked') === 'true' ? 'false' : 'true'); }
      el.addEventListener('click', toggle);
      el.addEventListener('keydown', function (e) { if (e.key === ' ') { e.preventDefault(); toggle(); } });
    });
    each(root.querySelectorAll('[role="tablist"]'), function (list) {
      var tabs = list.querySelectorAll('[role="tab"]');
      each(tabs, function (tab) {
        tab.addEventListener('click', function () {
          each(tabs, function (t) {
            var on = t === tab;
            t.setAttribute('aria-selected', on ? 'true' : 'false');
            var p = root.querySelector('#' + t.getAttribute('aria-controls'));
            if (p) p.hidden = !on;
          });
        });
      });
    });
    each(document.querySelectorAll('[data-app-cookie] [role="button"], [data-app-cookie] button'), function (b) {
      b.addEventListener('click', function () { var c = document.querySelector('[data-app-cookie]'); if (c) c.hidden = true; });
    });
  }
  function boot() {
    var root = document.querySelector('[data-app-root]');
    var tpl = document.getElementById('app-view');
    if (!root || !tpl) return;
    var delay = parseInt(root.getAttribute('data-boot-delay') || '500', 10);
    setTimeout(function () {
      var frag = tpl.content.cloneNode(true);
      while (root.firstChild) root.removeChild(root.firstChild);
      root.appendChild(frag);
      if (tpl.parentNode) tpl.parentNode.removeChild(tpl);
      root.setAttribute('data-app-state', 'ready');
      wire(root);
    }, delay);
  }
  if (document.readyState !== 'loading') boot();
  else document.addEventListener('DOMContentLoaded', boot);
})();
