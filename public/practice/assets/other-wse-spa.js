/* WSE-loket front-end (loket-app) — bootstrap van <app-root> */
(function () {
  'use strict';

  var BOOT_DELAY = 650;

  function navigate(href) {
    if (!href || href === '#') return;
    try { window.location.assign(href); } catch (e) { /* geen navigatie mogelijk */ }
  }

  function wireButtons(root) {
    var els = root.querySelectorAll('[role="button"][data-href], [role="link"][data-href]');
    for (var i = 0; i < els.length; i++) {
      (function (el) {
        el.addEventListener('click', function (ev) {
          if (el.getAttribute('aria-disabled') === 'true') { ev.preventDefault(); return; }
          navigate(el.getAttribute('data-href'));
        });
        el.addEventListener('keydown', function (ev) {
          if (ev.key === 'Enter' || ev.key === ' ') {
            ev.preventDefault();
            el.click();
          }
        });
      })(els[i]);
    }
  }

  function wireFilter(root) {
    var input = root.querySelector('[data-app-filter]');
    var chips = root.querySelectorAll('[data-app-chip]');
    var groups = root.querySelectorAll('[data-app-groep]');
    var activeChip = 'alle';

    function apply() {
      var q = input ? input.value.trim().toLowerCase() : '';
      for (var g = 0; g < groups.length; g++) {
        var group = groups[g];
        var key = group.getAttribute('data-app-groep');
        var rows = group.querySelectorAll('[data-app-rij]');
        var visible = 0;
        for (var r = 0; r < rows.length; r++) {
          var match = (!q || rows[r].textContent.toLowerCase().indexOf(q) !== -1) &&
            (activeChip === 'alle' || activeChip === key);
          rows[r].hidden = !match;
          if (match) visible++;
        }
        group.hidden = visible === 0;
      }
    }

    if (input) input.addEventListener('input', apply);
    for (var c = 0; c < chips.length; c++) {
      chips[c].addEventListener('click', function (ev) {
        activeChip = ev.currentTarget.getAttribute('data-app-chip');
        for (var k = 0; k < chips.length; k++) {
          chips[k].classList.toggle('chip--active', chips[k] === ev.currentTarget);
          chips[k].setAttribute('aria-pressed', chips[k] === ev.currentTarget ? 'true' : 'false');
        }
        apply();
      });
    }
  }

  function sessionTimer(root) {
    var el = root.querySelector('[data-app-timer]');
    if (!el) return;
    var left = parseInt(el.getAttribute('data-app-timer'), 10) || 1800;
    function render() {
      var m = Math.floor(left / 60), s = left % 60;
      el.textContent = 'Sessie verloopt over ' + m + ':' + (s < 10 ? '0' : '') + s;
    }
    render();
    setInterval(function () { if (left > 0) { left--; render(); } }, 1000);
  }

  function boot() {
    var host = document.querySelector('app-root');
    var tpl = document.getElementById('wse-app-view');
    if (!host || !tpl) return;
    setTimeout(function () {
      var frag = tpl.content.cloneNode(true);
      host.innerHTML = '';
      host.appendChild(frag);
      tpl.parentNode.removeChild(tpl);
      host.setAttribute('ng-version', '15.2.9');
      host.classList.add('app-ready');
      wireButtons(host);
      wireFilter(host);
      sessionTimer(host);
      var h = host.querySelector('[data-app-focus]');
      if (h && h.focus) h.focus();
    }, BOOT_DELAY);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', boot);
  else boot();
})();
