/* WSE-loket front-end (replica). Plain ES2020, no network. */
(function () {
  'use strict';
  var CSS_HREF = '/practice/assets/next-wse.css';
  function esc(s) { return String(s == null ? '' : s).replace(/[&<>"]/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]; }); }
  function delayOf(el, dflt) { var d = parseInt(el.getAttribute('data-delay') || '', 10); return isNaN(d) ? dflt : d; }
  function copyAnswer(host, inner) { var a = host.getAttribute('data-answer'); if (a) inner.setAttribute('data-answer', a); }
  function styleLink() { return '<link rel="stylesheet" href="' + CSS_HREF + '">'; }

  /* ---------- header with title only in data-vl-title ---------- */
  class WseHeader extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      var root = this.attachShadow({ mode: 'open' });
      var t = this.getAttribute('data-vl-title') || 'WSE-loket';
      var st = this.getAttribute('data-vl-sub-title') || '';
      var user = this.getAttribute('data-vl-user') || '';
      var org = this.getAttribute('data-vl-org') || '';
      root.innerHTML = styleLink() +
        '<header class="vl-functional-header" role="banner">' +
        '<div class="vl-functional-header__row"><div class="vl-functional-header__content">' +
        '<a class="vl-functional-header__title" href="/home">' + esc(t) + '</a>' +
        (st ? '<div class="vl-functional-header__sub">' + esc(st) + '</div>' : '') +
        '</div>' +
        (user ? '<div class="vl-functional-header__actions" style="float:right;font-size:14px">' +
          '<span class="user">' + esc(user) + (org ? ' – ' + esc(org) : '') + '</span> · ' +
          '<a href="/afmelden">Afmelden</a></div>' : '') +
        '</div><slot></slot></header>';
    }
  }

  /* ---------- button: the real <button> lives in the shadow root ---------- */
  class WseBtn extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      var self = this;
      var root = this.attachShadow({ mode: 'open' });
      setTimeout(function () {
        var label = self.getAttribute('data-vl-label') || self.textContent.trim();
        var variant = self.getAttribute('data-vl-variant');
        var cls = 'vl-button' + (variant ? ' vl-button--' + variant : '');
        var href = self.getAttribute('data-vl-href');
        var el;
        if (href) { el = document.createElement('a'); el.setAttribute('href', href); }
        else { el = document.createElement('button'); el.setAttribute('type', self.getAttribute('data-vl-type') || 'button'); }
        el.className = cls;
        el.textContent = label;
        if (self.hasAttribute('disabled')) { el.setAttribute('disabled', ''); el.setAttribute('aria-disabled', 'true'); }
        if (self.getAttribute('data-vl-aria-label')) el.setAttribute('aria-label', self.getAttribute('data-vl-aria-label'));
        copyAnswer(self, el);
        root.innerHTML = styleLink();
        root.appendChild(el);
        el.addEventListener('click', function () {
          self.dispatchEvent(new CustomEvent('vl-click', { bubbles: true, composed: true }));
          var form = self.closest('form');
          if (form && el.tagName === 'BUTTON' && el.getAttribute('type') === 'submit') form.dispatchEvent(new Event('submit', { cancelable: true }));
        });
      }, delayOf(this, 250));
    }
  }

  /* ---------- input field with label copied from an attribute ---------- */
  var inputCount = 0;
  class WseInput extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      var root = this.attachShadow({ mode: 'open' });
      var id = 'wse-in-' + (++inputCount);
      var label = this.getAttribute('data-vl-label') || '';
      var hint = this.getAttribute('data-vl-hint') || '';
      var inp = document.createElement('input');
      inp.id = id; inp.type = this.getAttribute('data-vl-type') || 'text';
      inp.name = this.getAttribute('data-vl-name') || 'veld';
      inp.className = 'vl-input-field vl-input-field--block';
      if (this.getAttribute('data-vl-placeholder')) inp.placeholder = this.getAttribute('data-vl-placeholder');
      if (this.getAttribute('data-vl-autocomplete')) inp.setAttribute('autocomplete', this.getAttribute('data-vl-autocomplete'));
      copyAnswer(this, inp);
      root.innerHTML = styleLink() + (label ? '<label class="vl-form__label" for="' + id + '">' + esc(label) + '</label>' : '');
      if (!label && this.getAttribute('data-vl-aria-label')) inp.setAttribute('aria-label', this.getAttribute('data-vl-aria-label'));
      root.appendChild(inp);
      if (hint) { var p = document.createElement('p'); p.className = 'vl-form__annotation'; p.textContent = hint; root.appendChild(p); }
    }
  }

  /* ---------- spotlight tile: the <a> is inside the shadow root ---------- */
  class WseTile extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      var self = this;
      var root = this.attachShadow({ mode: 'open' });
      root.innerHTML = styleLink() + '<div class="vl-spotlight" aria-busy="true">…</div>';
      setTimeout(function () {
        var a = document.createElement('a');
        a.className = 'vl-spotlight';
        a.setAttribute('href', self.getAttribute('data-vl-link') || '#');
        a.innerHTML = '<article><h3 class="vl-spotlight__title">' + esc(self.getAttribute('data-vl-title')) + '</h3>' +
          (self.getAttribute('data-vl-sub-title') ? '<p class="vl-spotlight__subtitle">' + esc(self.getAttribute('data-vl-sub-title')) + '</p>' : '') +
          '<slot name="meta"></slot></article>';
        copyAnswer(self, a);
        root.innerHTML = styleLink();
        root.appendChild(a);
      }, delayOf(this, 400));
    }
  }

  /* ---------- service row (aanvragen-overzicht) ---------- */
  class WseDienst extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      var self = this;
      var root = this.attachShadow({ mode: 'open' });
      setTimeout(function () {
        var title = self.getAttribute('data-vl-title') || '';
        var desc = self.getAttribute('data-vl-description') || '';
        var label = self.getAttribute('data-vl-action') || 'Aanvragen / indienen';
        var off = self.hasAttribute('data-vl-disabled');
        root.innerHTML = styleLink() +
          '<div class="app-card" style="display:flex;gap:16px;align-items:center' + (off ? ';opacity:.5' : '') + '">' +
          '<div style="flex:1"><h4 class="vl-title vl-title--h3" style="margin:0">' + esc(title) + '</h4>' +
          '<p style="margin:4px 0 0">' + esc(desc) + '</p></div></div>';
        var card = root.querySelector('.app-card');
        var b = document.createElement(self.getAttribute('data-vl-href') ? 'a' : 'button');
        if (b.tagName === 'A') b.setAttribute('href', self.getAttribute('data-vl-href')); else b.type = 'button';
        b.className = 'vl-button' + (self.getAttribute('data-vl-variant') ? ' vl-button--' + self.getAttribute('data-vl-variant') : '');
        b.textContent = label;
        b.setAttribute('aria-label', label + ': ' + title);
        if (off) { b.setAttribute('disabled', ''); b.setAttribute('aria-disabled', 'true'); b.className += ' vl-button--disabled'; }
        copyAnswer(self, b);
        card.appendChild(b);
      }, delayOf(this, 500));
    }
  }

  /* ---------- KBO prompt as a modal, whole content in the shadow root ---------- */
  class WseKboDialog extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      var self = this;
      var root = this.attachShadow({ mode: 'open' });
      setTimeout(function () {
        var org = self.getAttribute('data-vl-org') || '';
        root.innerHTML = styleLink() +
          '<div class="overlay" style="background:rgba(0,0,0,.35);padding:40px 12px">' +
          '<div role="dialog" aria-modal="true" aria-labelledby="kbo-t" style="background:#fff;max-width:620px;margin:0 auto;padding:24px">' +
          '<p class="vl-functional-header__sub" style="margin:0">WSE LOKET</p>' +
          '<h2 id="kbo-t" class="vl-title vl-title--h2">WSE Loket: Aanmelden</h2>' +
          '<p style="text-transform:uppercase;font-weight:700">Geef het KBO-nummer op van de klant waarvoor u wil werken.</p>' +
          '<form action="/aanvraag/formulier" method="get" novalidate>' +
          '<wse-input data-vl-label="KBO-nummer" data-vl-name="ondernemingsnummer" data-vl-placeholder="0000.000.000" data-vl-hint="Opgelet: geef geen KBO-nummer van een school in." data-answer="kbo-veld"></wse-input>' +
          '<p style="margin-top:16px;display:flex;gap:8px"><wse-btn data-vl-label="Doorgaan" data-vl-type="submit" data-answer="doorgaan" data-delay="120"></wse-btn>' +
          '<wse-btn data-vl-label="Annuleren" data-vl-variant="tertiary" data-vl-href="/aanvragen" data-delay="120"></wse-btn></p>' +
          '</form><hr>' +
          '<p style="text-transform:uppercase;font-weight:700">Niet voor een klant werken?</p>' +
          '<p><a href="/aanvraag/eigen-organisatie">&gt; Doorgaan als "' + esc(org) + '"</a></p>' +
          '</div></div>';
      }, delayOf(this, 700));
    }
  }

  customElements.define('wse-header', WseHeader);
  customElements.define('wse-btn', WseBtn);
  customElements.define('wse-input', WseInput);
  customElements.define('wse-tile', WseTile);
  customElements.define('wse-dienst', WseDienst);
  customElements.define('wse-kbo-dialog', WseKboDialog);

  /* ---------- app shells and late regions filled from <template> ---------- */
  function fillLate() {
    var shells = document.querySelectorAll('[data-template]');
    shells.forEach(function (shell) {
      var tpl = document.getElementById(shell.getAttribute('data-template'));
      if (!tpl) return;
      setTimeout(function () {
        shell.innerHTML = '';
        shell.appendChild(tpl.content.cloneNode(true));
        shell.setAttribute('data-ready', 'true');
        enhance(shell);
      }, delayOf(shell, 600));
    });
  }

  /* ---------- progressive enhancement of extended native elements ---------- */
  function enhance(scope) {
    scope.querySelectorAll('button[is="vl-button"]').forEach(function (b) {
      b.classList.add('vl-button');
      var v = b.getAttribute('data-vl-variant'); if (v) b.classList.add('vl-button--' + v);
    });
    scope.querySelectorAll('a[is="vl-link"]').forEach(function (a) { a.classList.add('vl-link'); });
    scope.querySelectorAll('table[is="vl-data-table"]').forEach(function (t) { t.classList.add('vl-data-table'); });
    scope.querySelectorAll('input[is="vl-input-field"]').forEach(function (i) { i.classList.add('vl-input-field'); });
    scope.querySelectorAll('[role="button"][tabindex]').forEach(function (el) {
      if (el.__wseKey) return; el.__wseKey = true;
      el.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); el.click(); } });
      el.addEventListener('click', function () { var h = el.getAttribute('data-href'); if (h && window.location && typeof window.location.assign === 'function') { try { window.location.assign(h); } catch (err) { /* ignore */ } } });
    });
  }

  function cookies() {
    document.querySelectorAll('[data-cookie-close]').forEach(function (b) {
      b.addEventListener('click', function () { var bar = b.closest('.cookie-bar'); if (bar) bar.setAttribute('hidden', ''); });
    });
  }

  function sessionTimer() {
    // static text, no running timers (keeps headless renderers idle)
    document.querySelectorAll('[data-session-minutes]').forEach(function (el) {
      el.textContent = 'Uw sessie verloopt over ' + el.getAttribute('data-session-minutes') + ' minuten';
    });
  }

  function start() { enhance(document); fillLate(); cookies(); sessionTimer(); }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
})();
