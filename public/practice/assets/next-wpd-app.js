/* Werkplek Duaal - app.werkplekduaal.be UI kit (vl-like web components) */
(function () {
  'use strict';
  var esc = function (s) {
    return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  };
  var def = function (n, c) { if (!customElements.get(n)) customElements.define(n, c); };
  var CSS = ':host{display:block;font-family:"Flanders Art Sans",Arial,sans-serif;color:#333332}a{color:#0055cc}';

  class Base extends HTMLElement {
    connectedCallback() {
      if (this._done) return; this._done = true;
      var self = this;
      setTimeout(function () { self.render(self.shadowRoot || self.attachShadow({ mode: 'open' })); self.setAttribute('data-rendered', ''); },
        Number(this.getAttribute('data-delay') || this.defaultDelay || 200));
    }
    a(n, d) { var v = this.getAttribute(n); return v == null ? (d || '') : v; }
  }

  /* functional header: title/sub-title only in attributes */
  class WpdHeader extends Base {
    render(r) {
      var org = this.a('data-vl-org'), role = this.a('data-vl-role'), kbo = this.a('data-vl-kbo');
      r.innerHTML = '<style>' + CSS + 'header{border-bottom:1px solid #cbd2da;padding:10px 20px;display:flex;align-items:center;gap:18px;flex-wrap:wrap}' +
        '.t{font-size:22px;font-weight:500;text-decoration:none;color:#333332}.s{color:#687483;font-size:14px}' +
        '.box{margin-left:auto;background:#e8ebee;padding:6px 10px;font-size:13px}.box a{margin-left:8px}</style>' +
        '<header role="banner"><div><a class="t" href="/">' + esc(this.a('data-vl-title', 'Werkplek Duaal')) + '</a><div class="s">' + esc(this.a('data-vl-sub-title')) + '</div></div>' +
        '<div class="box"><span class="org">' + esc(org) + '</span> <span class="role">' + esc(role) + '</span> <strong class="kbo">' + esc(kbo) + '</strong> |' +
        '<a href="/mijn-werkplekken">Mijn werkplekken</a> |<a href="/mijn-organisatie">Mijn organisatie</a> |' +
        '<a href="/wissel-organisatie">Wissel van organisatie</a> |<a href="/afmelden">Afmelden</a></div></header>';
    }
  }
  def('wpd-functional-header', WpdHeader);

  /* tabs */
  class WpdTabs extends Base {
    render(r) {
      var act = this.a('data-vl-active', 'dashboard');
      var tabs = (this.a('data-vl-tabs') || 'dashboard:Dashboard:/,erkenningen:Erkenningen:/erkenningen,overeenkomsten:Overeenkomsten:/overeenkomsten').split(',');
      r.innerHTML = '<style>' + CSS + 'nav{display:flex;gap:2px;border-bottom:2px solid #0055cc;padding:0 20px}a{padding:8px 16px;text-decoration:none}' +
        'a[aria-current]{background:#0055cc;color:#fff}</style><nav role="tablist" aria-label="Hoofdnavigatie">' +
        tabs.map(function (t) { var p = t.split(':'); return '<a role="tab" href="' + esc(p[2]) + '"' + (p[0] === act ? ' aria-current="page" aria-selected="true"' : ' aria-selected="false"') + '>' + esc(p[1]) + '</a>'; }).join('') + '</nav>';
    }
  }
  def('wpd-tabs', WpdTabs);

  /* task card: details in attributes, "Verdergaan" link inside the shadow root */
  class WpdTask extends Base {
    render(r) {
      var rows = [['Erkenning', 'data-erkenning'], ['Vestiging', 'data-vestiging'], ['Opleiding', 'data-opleiding'], ['Dagen resterend', 'data-dagen']];
      var self = this;
      r.innerHTML = '<style>' + CSS + ':host{margin:0 0 10px}article{border:1px solid #cbd2da;border-left:4px solid #ffc515;padding:10px 14px;display:flex;gap:14px;align-items:center}' +
        '.b{flex:1}h3{margin:0 0 4px;font-size:16px}span{margin-right:14px;font-size:14px}a.go{padding:6px 14px;background:#0055cc;color:#fff;text-decoration:none}</style>' +
        '<article><div class="b"><h3>' + esc(this.a('data-vl-title')) + '</h3>' +
        rows.map(function (x) { return self.getAttribute(x[1]) ? '<span>' + x[0] + ': ' + esc(self.getAttribute(x[1])) + '</span>' : ''; }).join('') +
        '</div>' + (this.hasAttribute('data-href') ? '<a class="go" href="' + esc(this.a('data-href')) + '">' + esc(this.a('data-vl-action', 'Verdergaan')) + '</a>' : '') + '</article>';
    }
  }
  def('wpd-task', WpdTask);

  /* Lit-like button: real <button> inside shadow root */
  class WpdButton extends Base {
    constructor() { super(); this.defaultDelay = 150; }
    render(r) {
      var v = this.a('data-vl-variant', 'primary');
      r.innerHTML = '<style>' + CSS + ':host{display:inline-block;margin-right:8px}button{font:inherit;padding:9px 18px;cursor:pointer;border:2px solid #0055cc}' +
        '.primary{background:#0055cc;color:#fff}.secondary{background:#fff;color:#0055cc}.tertiary{background:none;border-color:transparent;color:#0055cc;text-decoration:underline}' +
        'button[disabled]{opacity:.4;cursor:not-allowed}</style><button type="button" class="vl-button ' + esc(v) + '"' +
        (this.hasAttribute('disabled') ? ' disabled' : '') + '>' + esc(this.a('data-vl-label')) + '</button>';
      var b = r.querySelector('button'), host = this;
      if (this.hasAttribute('data-answer')) b.setAttribute('data-answer', this.getAttribute('data-answer'));
      b.addEventListener('click', function () { host.dispatchEvent(new CustomEvent('vl-click', { bubbles: true, composed: true })); });
    }
  }
  def('wpd-button', WpdButton);

  /* app root filled from a template */
  class WpdAppRoot extends HTMLElement {
    connectedCallback() {
      if (this._done) return; this._done = true;
      var self = this;
      var fill = function () {
        var t = document.getElementById(self.getAttribute('data-template'));
        if (!t) { document.addEventListener('DOMContentLoaded', fill, { once: true }); return; }
        while (self.firstChild) self.removeChild(self.firstChild);
        self.appendChild(t.content.cloneNode(true));
        self.setAttribute('data-ready', '');
      };
      setTimeout(fill, Number(this.getAttribute('data-delay') || 600));
    }
  }
  def('wpd-app-root', WpdAppRoot);

  /* Vlaanderen footer */
  class WpdFooter extends Base {
    render(r) {
      r.innerHTML = '<style>' + CSS + 'footer{margin-top:40px;background:#f7f9fc;border-top:1px solid #cbd2da;padding:16px 20px;font-size:13px}ul{list-style:none;padding:0;display:flex;gap:16px;flex-wrap:wrap}</style>' +
        '<footer role="contentinfo"><strong>Werkplek Duaal</strong> is een officiële website van de Vlaamse overheid – Departement Werk en Sociale Economie' +
        '<ul><li><a href="/privacy">Privacy</a></li><li><a href="/cookieverklaring">Cookieverklaring</a></li><li><a href="/toegankelijkheid">Toegankelijkheid</a></li>' +
        '<li><a href="/handleidingen">Handleidingen</a></li><li><a href="/contact">Contact – bel 1700</a></li></ul></footer>';
    }
  }
  def('wpd-footer', WpdFooter);

  /* extended-native emulation: classes only after script ran */
  var enhance = function () {
    document.querySelectorAll('[data-vl-is]').forEach(function (el) {
      var k = el.getAttribute('data-vl-is');
      el.classList.add(k);
      (el.getAttribute('data-vl-mod') || '').split(' ').forEach(function (m) { if (m) el.classList.add(k + '--' + m); });
    });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', enhance); else enhance();
})();
