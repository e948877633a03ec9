/* Gebruikersbeheer Vlaamse overheid - front-end bundle (replica) */
(function () {
  'use strict';

  function esc(s) {
    return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }
  function delayOf(el, d) {
    var v = parseInt(el.getAttribute('data-delay') || '', 10);
    return isNaN(v) ? d : v;
  }
  function go(href) {
    if (!href || href === '#') return;
    try { window.location.assign(href); } catch (e) { /* ignore */ }
  }
  function copyAnswer(host, inner) {
    var a = host.getAttribute('data-answer');
    if (a) inner.setAttribute('data-answer', a);
  }

  var SHADOW_CSS =
    ':host{display:inline-block;font-family:"Flanders Art Sans",Arial,sans-serif}' +
    '.vl-button{display:inline-flex;align-items:center;min-height:3.5rem;padding:0 1.6rem;border:2px solid #0055cc;' +
    'background:#0055cc;color:#fff;font:inherit;font-weight:500;cursor:pointer;border-radius:.3rem}' +
    '.vl-button--secondary{background:#fff;color:#0055cc}' +
    '.vl-button--tertiary{background:transparent;border-color:transparent;color:#0055cc;text-decoration:underline}' +
    '.vl-button[disabled]{opacity:.45;cursor:not-allowed}' +
    '.vl-radio,.vl-checkbox{display:flex;gap:.6rem;align-items:flex-start;padding:.35rem 0;cursor:pointer}' +
    '.vl-radio__hint,.vl-checkbox__hint{display:block;color:#687483;font-size:.9em}';

  /* ---------- functional header ---------- */
  class VoFunctionalHeader extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      var root = this.attachShadow({ mode: 'open' });
      var self = this;
      setTimeout(function () {
        var title = self.getAttribute('data-vl-title') || '';
        var sub = self.getAttribute('data-vl-sub-title') || '';
        var link = self.getAttribute('data-vl-link') || '/';
        root.innerHTML =
          '<style>:host{display:block;border-bottom:1px solid #cbd2da;background:#fff}' +
          '.vl-functional-header__row{display:flex;justify-content:space-between;align-items:center;padding:1rem 2rem;gap:1rem;flex-wrap:wrap}' +
          '.vl-title{margin:0;font-size:1.6rem}.vl-functional-header__title{color:#333332;text-decoration:none}' +
          '.vl-functional-header__sub{margin:.2rem 0 0;color:#687483}</style>' +
          '<header class="vl-functional-header" role="banner"><div class="vl-functional-header__row">' +
          '<div class="vl-functional-header__content"><h1 class="vl-title vl-title--h1">' +
          '<a class="vl-functional-header__title" href="' + esc(link) + '">' + esc(title) + '</a></h1>' +
          (sub ? '<p class="vl-functional-header__sub">' + esc(sub) + '</p>' : '') +
          '</div><div class="vl-functional-header__actions"><slot name="actions"></slot></div></div></header>';
      }, delayOf(this, 250));
    }
  }

  /* ---------- button (real <button> inside the shadow root) ---------- */
  class VoButton extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      var root = this.attachShadow({ mode: 'open' });
      var self = this;
      setTimeout(function () {
        var label = self.getAttribute('data-vl-label') || '';
        var variant = self.getAttribute('data-vl-variant');
        var btn = document.createElement('button');
        btn.type = 'button';
        btn.className = 'vl-button' + (variant ? ' vl-button--' + variant : '');
        btn.textContent = label;
        if (self.hasAttribute('data-vl-disabled')) btn.disabled = true;
        var aria = self.getAttribute('data-vl-aria-label');
        if (aria) btn.setAttribute('aria-label', aria);
        copyAnswer(self, btn);
        btn.addEventListener('click', function () {
          if (btn.disabled) return;
          self.dispatchEvent(new CustomEvent('vl-click', { bubbles: true, composed: true }));
          go(self.getAttribute('data-vl-href'));
        });
        var style = document.createElement('style');
        style.textContent = SHADOW_CSS;
        root.appendChild(style);
        root.appendChild(btn);
      }, delayOf(this, 400));
    }
  }

  /* ---------- radio / checkbox (input inside the shadow root) ---------- */
  function makeChoice(type) {
    return class extends HTMLElement {
      connectedCallback() {
        if (this.shadowRoot) return;
        var root = this.attachShadow({ mode: 'open' });
        var self = this;
        setTimeout(function () {
          var lab = document.createElement('label');
          lab.className = 'vl-' + type;
          var input = document.createElement('input');
          input.type = type;
          input.name = self.getAttribute('data-vl-name') || '';
          input.value = self.getAttribute('data-vl-value') || '';
          if (self.hasAttribute('data-vl-checked')) input.checked = true;
          if (self.hasAttribute('data-vl-disabled')) input.disabled = true;
          copyAnswer(self, input);
          var span = document.createElement('span');
          span.className = 'vl-' + type + '__label';
          span.textContent = self.getAttribute('data-vl-label') || '';
          var hint = self.getAttribute('data-vl-hint');
          if (hint) {
            var h = document.createElement('small');
            h.className = 'vl-' + type + '__hint';
            h.textContent = hint;
            span.appendChild(h);
          }
          input.addEventListener('change', function () {
            self.toggleAttribute('data-vl-checked', input.checked);
            self.dispatchEvent(new CustomEvent('vl-change', { bubbles: true, composed: true, detail: { checked: input.checked, value: input.value } }));
          });
          lab.appendChild(input);
          lab.appendChild(span);
          var style = document.createElement('style');
          style.textContent = SHADOW_CSS + ':host{display:block}';
          root.appendChild(style);
          root.appendChild(lab);
        }, delayOf(self, 500));
      }
    };
  }

  /* ---------- region: template cloned into an open shadow root ---------- */
  class VoRegion extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      var root = this.attachShadow({ mode: 'open' });
      var self = this;
      setTimeout(function () {
        var tpl = document.getElementById(self.getAttribute('data-template') || '');
        var css = document.querySelector('link[data-shadow-css]');
        if (css) {
          var l = document.createElement('link');
          l.rel = 'stylesheet';
          l.href = css.getAttribute('href');
          root.appendChild(l);
        }
        var st = document.createElement('style');
        st.textContent = ':host{display:block}';
        root.appendChild(st);
        if (tpl && tpl.content) root.appendChild(tpl.content.cloneNode(true));
        wire(root);
        self.setAttribute('data-ready', '');
      }, delayOf(this, 700));
    }
  }

  /* ---------- behaviours ---------- */
  function activate(el) {
    if (!el || el.getAttribute('aria-disabled') === 'true') return;
    go(el.getAttribute('data-href'));
  }
  function wire(scope) {
    scope.addEventListener('click', function (e) {
      var t = e.target && e.target.closest ? e.target.closest('[data-href]') : null;
      if (t) { e.preventDefault(); activate(t); }
      var c = e.target && e.target.closest ? e.target.closest('[data-cookie-accept]') : null;
      if (c) {
        var banner = c.closest('[data-cookie-banner]');
        if (banner) banner.hidden = true;
      }
    });
    scope.addEventListener('keydown', function (e) {
      if (e.key !== 'Enter' && e.key !== ' ') return;
      var t = e.target && e.target.closest ? e.target.closest('[role="button"][data-href]') : null;
      if (t) { e.preventDefault(); activate(t); }
    });
  }

  function upgradeNative(scope) {
    var map = { 'vl-button': 'vl-button', 'vl-input-field': 'vl-input-field', 'vl-select': 'vl-select', 'vl-data-table': 'vl-data-table', 'vl-link': 'vl-link', 'vl-region': 'vl-region' };
    Object.keys(map).forEach(function (k) {
      scope.querySelectorAll('[is="' + k + '"]').forEach(function (el) {
        el.classList.add(map[k]);
        if (el.hasAttribute('data-vl-secondary')) el.classList.add('vl-button--secondary');
        if (el.hasAttribute('data-vl-tertiary')) el.classList.add('vl-button--tertiary');
        if (el.hasAttribute('data-vl-block')) el.classList.add('vl-input-field--block');
      });
    });
  }

  function shells() {
    document.querySelectorAll('[data-app-shell]').forEach(function (host) {
      setTimeout(function () {
        var tpl = document.getElementById(host.getAttribute('data-template') || '');
        if (!tpl) return;
        host.innerHTML = '';
        host.appendChild(tpl.content.cloneNode(true));
        host.setAttribute('data-ng-bootstrapped', 'true');
        upgradeNative(host);
        var loader = document.querySelector('[data-app-loader]');
        if (loader) loader.remove();
      }, delayOf(host, 600));
    });
  }

  function timers() {
    document.querySelectorAll('[data-session-timer]').forEach(function (el) {
      var secs = (parseInt(el.getAttribute('data-minutes') || '30', 10) || 30) * 60;
      function tick() {
        var m = Math.floor(secs / 60), s = secs % 60;
        el.textContent = m + ':' + (s < 10 ? '0' : '') + s;
        if (secs > 0) { secs -= 1; setTimeout(tick, 1000); }
      }
      tick();
    });
  }

  if (!customElements.get('vo-functional-header')) customElements.define('vo-functional-header', VoFunctionalHeader);
  if (!customElements.get('vo-button')) customElements.define('vo-button', VoButton);
  if (!customElements.get('vo-radio')) customElements.define('vo-radio', makeChoice('radio'));
  if (!customElements.get('vo-checkbox')) customElements.define('vo-checkbox', makeChoice('checkbox'));
  if (!customElements.get('vo-region')) customElements.define('vo-region', VoRegion);

  function init() {
    wire(document);
    upgradeNative(document);
    shells();
    timers();
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
