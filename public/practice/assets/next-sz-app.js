/* socialezekerheid.be - portal components (rebuild 2027) */
(function () {
  'use strict';
  var esc = function (s) {
    return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  };
  var later = function (el, ms, fn) { setTimeout(function () { fn.call(el); }, ms); };
  var def = function (name, cls) { if (!customElements.get(name)) customElements.define(name, cls); };
  var BASE_CSS = ':host{display:block;font-family:Arial,Helvetica,sans-serif;color:#1d1d1b}' +
    'a{color:#00538b}button{font:inherit;cursor:pointer}';

  /* ---------- header ---------- */
  class SzHeader extends HTMLElement {
    connectedCallback() {
      if (this._done) return; this._done = true;
      later(this, Number(this.getAttribute('data-delay') || 250), this.render);
    }
    render() {
      var root = this.shadowRoot || this.attachShadow({ mode: 'open' });
      var lang = this.getAttribute('data-lang') || 'nl';
      var user = this.getAttribute('data-user');
      var org = this.getAttribute('data-org');
      var langs = ['nl', 'fr', 'de', 'en'].map(function (l) {
        return l === lang ? '<strong aria-current="true">' + l + '</strong>' :
          '<a href="/' + l + '" lang="' + l + '">' + l + '</a>';
      }).join(' ');
      root.innerHTML = '<style>' + BASE_CSS +
        '.top{display:flex;justify-content:space-between;background:#eef3f7;padding:4px 16px;font-size:13px}' +
        '.brand{display:flex;align-items:center;gap:16px;padding:12px 16px;border-bottom:3px solid #00538b}' +
        '.brand b{font-size:24px;color:#00538b}.who{margin-left:auto;font-size:13px;text-align:right}</style>' +
        '<div class="top"><nav aria-label="Taalkeuze">' + langs + '</nav>' +
        '<nav aria-label="Servicemenu"><a href="/sitemap">Sitemap</a> | <a href="/over-de-sociale-zekerheid">Over de Sociale Zekerheid</a> | <a href="/contact">Contacteer ons</a></nav></div>' +
        '<div class="brand" role="banner"><a href="/" aria-label="socialezekerheid.be - naar de startpagina"><b>socialezekerheid.be</b></a>' +
        '<span>' + esc(this.getAttribute('data-subtitle') || 'Online diensten voor de Sociale Zekerheid') + '</span>' +
        '<div class="who">' + (user ? 'Aangemeld: ' + esc(user) + '<br>' : '') +
        (org ? 'Onderneming : ' + esc(org) + '<br>' : '') +
        (user ? '<a href="/logout">Logout</a>' : '<a href="/aanmelden">Zich aanmelden</a>') + '</div></div>';
    }
  }
  def('sz-header', SzHeader);

  /* ---------- button with the real <button> inside the shadow root ---------- */
  class SzButton extends HTMLElement {
    connectedCallback() {
      if (this._done) return; this._done = true;
      later(this, Number(this.getAttribute('data-delay') || 180), this.render);
    }
    render() {
      var root = this.shadowRoot || this.attachShadow({ mode: 'open' });
      var v = this.getAttribute('data-variant') || 'primary';
      var dis = this.hasAttribute('disabled');
      root.innerHTML = '<style>' + BASE_CSS + ':host{display:inline-block;margin:0 6px 6px 0}' +
        'button{padding:8px 18px;border:2px solid #00538b;border-radius:2px}' +
        '.primary{background:#00538b;color:#fff}.secondary{background:#fff;color:#00538b}' +
        '.link{border:0;background:none;text-decoration:underline;color:#00538b}button[disabled]{opacity:.45}</style>' +
        '<button type="button" part="button" class="' + esc(v) + '"' + (dis ? ' disabled' : '') +
        (this.getAttribute('data-aria-label') ? ' aria-label="' + esc(this.getAttribute('data-aria-label')) + '"' : '') +
        '>' + esc(this.getAttribute('data-label') || this.textContent.trim()) + '</button>';
      var b = root.querySelector('button');
      if (this.hasAttribute('data-answer')) b.setAttribute('data-answer', this.getAttribute('data-answer'));
      var self = this;
      b.addEventListener('click', function () {
        self.dispatchEvent(new CustomEvent('sz-click', { bubbles: true, composed: true }));
      });
    }
  }
  def('sz-button', SzButton);

  /* ---------- checkbox: input lives in the shadow root, label from attribute ---------- */
  class SzCheckbox extends HTMLElement {
    connectedCallback() {
      if (this._done) return; this._done = true;
      later(this, Number(this.getAttribute('data-delay') || 200), this.render);
    }
    render() {
      var root = this.shadowRoot || this.attachShadow({ mode: 'open' });
      var dis = this.hasAttribute('disabled');
      root.innerHTML = '<style>' + BASE_CSS + ':host{display:block;margin:4px 0}label{cursor:pointer}</style>' +
        '<label><input type="checkbox" name="' + esc(this.getAttribute('name') || '') + '" value="' +
        esc(this.getAttribute('value') || 'on') + '"' + (dis ? ' disabled' : '') + '> <span>' +
        esc(this.getAttribute('data-label') || '') + '</span></label>' +
        (this.getAttribute('data-hint') ? '<div style="font-size:12px;color:#555;margin-left:22px">' + esc(this.getAttribute('data-hint')) + '</div>' : '');
      var i = root.querySelector('input');
      if (this.hasAttribute('data-answer')) i.setAttribute('data-answer', this.getAttribute('data-answer'));
    }
  }
  def('sz-checkbox', SzCheckbox);

  /* ---------- shell: fills itself from a <template> after a delay ---------- */
  class SzShell extends HTMLElement {
    connectedCallback() {
      if (this._done) return; this._done = true;
      var self = this;
      var fill = function () {
        var t = document.getElementById(self.getAttribute('data-template'));
        if (!t) { document.addEventListener('DOMContentLoaded', fill, { once: true }); return; }
        var busy = self.querySelector('[data-loading]');
        if (busy) busy.remove();
        self.appendChild(t.content.cloneNode(true));
        self.setAttribute('data-ready', '');
      };
      setTimeout(fill, Number(this.getAttribute('data-delay') || 500));
    }
  }
  def('sz-shell', SzShell);
  def('app-root', class extends SzShell {});

  /* ---------- cookie banner ---------- */
  class SzCookies extends HTMLElement {
    connectedCallback() {
      if (this._done) return; this._done = true;
      later(this, 120, function () {
        var root = this.attachShadow({ mode: 'open' });
        root.innerHTML = '<style>' + BASE_CSS + ':host{background:#333;color:#fff;padding:10px 16px;font-size:13px}a{color:#fff}' +
          'button{margin-left:8px;padding:4px 10px}</style>' +
          '<div role="region" aria-label="Cookies">Deze site gebruikt functionele en analytische cookies. ' +
          '<a href="/cookiebeleid">Meer over ons cookiebeleid</a>' +
          '<button type="button" class="ok">Alle cookies aanvaarden</button><button type="button" class="min">Enkel noodzakelijke cookies</button></div>';
        var host = this;
        root.querySelectorAll('button').forEach(function (b) { b.addEventListener('click', function () { host.remove(); }); });
      });
    }
  }
  def('sz-cookie-banner', SzCookies);

  /* ---------- profile editor: whole form inside the shadow root ---------- */
  class SzProfileEditor extends HTMLElement {
    connectedCallback() {
      if (this._done) return; this._done = true;
      later(this, Number(this.getAttribute('data-delay') || 650), this.render);
    }
    render() {
      var root = this.attachShadow({ mode: 'open' });
      var cur = this.getAttribute('data-current') || 'stts1';
      var ans = this.getAttribute('data-confirm-answer');
      var opt = function (v, t, d) {
        return '<label class="opt"><input type="radio" name="profiel" value="' + v + '"' + (cur === v ? ' checked' : '') + '> <b>' + t + '</b><br><small>' + d + '</small></label>';
      };
      root.innerHTML = '<style>' + BASE_CSS + 'fieldset{border:1px solid #c6d3dd;margin:12px 0;padding:10px 14px}' +
        '.opt{display:block;margin:8px 0}dl{display:grid;grid-template-columns:220px 1fr;gap:4px 12px}dt{font-weight:bold}' +
        'input[type=email],input[type=text]{width:280px;padding:4px}</style>' +
        '<div role="heading" aria-level="2" style="font-size:20px;color:#00538b;margin:6px 0 10px">' + esc(this.getAttribute('data-heading') || 'Profiel wijzigen') + '</div>' +
        '<dl><dt>Gebruiker</dt><dd>' + esc(this.getAttribute('data-user')) + '</dd><dt>Gebruikersnaam</dt><dd>' + esc(this.getAttribute('data-login')) + '</dd>' +
        '<dt>Onderneming</dt><dd>' + esc(this.getAttribute('data-org')) + '</dd></dl>' +
        '<fieldset><legend>Contactgegevens</legend><label>E-mailadres <input type="email" name="email" value="' + esc(this.getAttribute('data-email')) + '"></label><br><br>' +
        '<label>Telefoon <input type="text" name="telefoon" value="02 555 12 34"></label></fieldset>' +
        '<fieldset><legend>Gebruikersprofiel STTS-toepassingen (één profiel per gebruiker)</legend>' +
        opt('stts1', 'STTS 1: Commercieel profiel', 'Aanvraag, transfer, wijziging en opzoeken van een dossier') +
        opt('stts2', 'STTS 2: Administratief profiel', 'Ook stopzetten van een reductie en van het sociaal telefoontarief') +
        opt('stts3', 'STTS 3: Uitgebreid administratief profiel', 'Ook annulatie van een actie en consulteren en behandelen van taken voor de operator') +
        '</fieldset>' +
        '<fieldset><legend>Toegang tot toepassingen</legend>' +
        '<label class="opt"><input type="checkbox" name="app" value="dimona" checked> Dimona</label>' +
        '<label class="opt"><input type="checkbox" name="app" value="dmfa"> DmfA</label>' +
        '<label class="opt"><input type="checkbox" name="app" value="stts" checked> Sociale telefoontarieven (STTS)</label></fieldset>' +
        '<div class="actions"></div>';
      var actions = root.querySelector('.actions');
      var mk = function (label, variant, answer) {
        var b = document.createElement('sz-button');
        b.setAttribute('data-label', label); b.setAttribute('data-variant', variant);
        if (answer) b.setAttribute('data-answer', answer);
        actions.appendChild(b);
      };
      mk('Annuleren', 'secondary');
      mk('Bevestigen', 'primary', ans);
    }
  }
  def('sz-profile-editor', SzProfileEditor);

  /* ---------- light DOM enhancement (like is="vl-button") ---------- */
  var enhance = function () {
    document.querySelectorAll('[data-sz-enhance]').forEach(function (el) {
      el.getAttribute('data-sz-enhance').split(' ').forEach(function (c) { if (c) el.classList.add(c); });
    });
    document.querySelectorAll('[data-sz-print]').forEach(function (el) {
      el.addEventListener('click', function () { if (typeof window.print === 'function') { try { window.print(); } catch (e) { /* ignore */ } } });
    });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', enhance); else enhance();
})();
