/* WSE-loket aanvraagmodule — webcomponenten (eigen implementatie, open shadow roots) */
(function () {
  'use strict';

  function esc(v) {
    return String(v == null ? '' : v)
      .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  }

  function attr(el, name, fallback) {
    return el.hasAttribute(name) ? el.getAttribute(name) : (fallback === undefined ? '' : fallback);
  }

  function go(href) {
    if (!href || href === '#') return;
    try { window.location.assign(href); } catch (e) { /* geen navigatie */ }
  }

  var BASE_CSS =
    ':host{display:block;font-family:"Flanders Art Sans","Trebuchet MS",Arial,sans-serif;color:#333332}' +
    'a{color:#0055cc}' +
    '.vl-button{display:inline-flex;align-items:center;gap:.6rem;font:inherit;font-size:16px;font-weight:500;padding:9px 18px;border:2px solid #0055cc;background:#0055cc;color:#fff;cursor:pointer;border-radius:3px;text-decoration:none}' +
    '.vl-button--secondary{background:#fff;color:#0055cc}' +
    '.vl-button--tertiary{background:transparent;border-color:transparent;color:#0055cc;text-decoration:underline}' +
    '.vl-button[disabled]{opacity:.45;cursor:not-allowed}';

  /* Basisklasse: rendert vertraagd in een open shadow root */
  class WseElement extends HTMLElement {
    constructor() {
      super();
      this.attachShadow({ mode: 'open' });
      this._rendered = false;
    }
    get renderDelay() { return 200; }
    connectedCallback() {
      if (this._rendered || this._pending) return;
      var self = this;
      var d = parseInt(attr(this, 'data-wse-delay', String(this.renderDelay)), 10);
      this._pending = setTimeout(function () {
        self._pending = null;
        self._rendered = true;
        self.shadowRoot.innerHTML = '<style>' + BASE_CSS + (self.css || '') + '</style>' + self.template();
        if (self.afterRender) self.afterRender();
        self.setAttribute('data-vl-rendered', '');
      }, isNaN(d) ? this.renderDelay : d);
    }
  }

  /* Functionele header: titel en subtitel uitsluitend uit data-vl-* attributen */
  class VlFunctionalHeader extends WseElement {
    get renderDelay() { return 150; }
    get css() {
      return ':host{background:#f7f9fc;border-bottom:1px solid #cbd2da}' +
        '.vl-functional-header__row{max-width:1200px;margin:0 auto;padding:12px 30px;display:flex;justify-content:space-between;align-items:center;flex-wrap:wrap;gap:10px}' +
        '.vl-functional-header__title{font-size:26px;font-weight:500;color:#333332;text-decoration:none;letter-spacing:.02em}' +
        '.vl-functional-header__sub{font-size:14px;color:#687483;margin-top:2px}' +
        '.vl-functional-header__sub a{margin-right:12px}';
    }
    template() {
      var back = attr(this, 'data-vl-back');
      var backLink = attr(this, 'data-vl-back-link', '#');
      return '<header class="vl-functional-header">' +
        '<div class="vl-functional-header__row"><div class="vl-functional-header__content">' +
        '<h1 class="vl-title"><a class="vl-functional-header__title" href="' + esc(attr(this, 'data-vl-link', '/')) + '">' +
        esc(attr(this, 'data-vl-title')) + '</a></h1>' +
        (attr(this, 'data-vl-sub-title') ? '<div class="vl-functional-header__sub">' +
          (back ? '<a id="back-link" class="vl-link" href="' + esc(backLink) + '">' + esc(back) + '</a>' : '') +
          '<span class="vl-functional-header__sub__action">' + esc(attr(this, 'data-vl-sub-title')) + '</span></div>' : '') +
        '</div><div class="vl-functional-header__actions"><slot name="actions"></slot></div></div></header>';
    }
  }

  /* Lijn bovenaan met de gekozen klant (KBO) */
  class WseKlantBalk extends WseElement {
    get renderDelay() { return 300; }
    get css() {
      return ':host{background:#2b3a4d;color:#fff;font-size:14px}' +
        '.balk{max-width:1200px;margin:0 auto;padding:8px 30px;display:flex;gap:20px;justify-content:space-between;flex-wrap:wrap}' +
        'strong{font-weight:700}';
    }
    template() {
      var naam = attr(this, 'data-naam');
      return '<div class="balk" role="region" aria-label="Gekozen onderneming">' +
        '<span>Onderneming: <strong>' + esc(attr(this, 'data-kbo')) + '</strong>' + (naam ? ' – ' + esc(naam) : '') + '</span>' +
        '<span>Aangemeld als ' + esc(attr(this, 'data-gebruiker')) + ' namens ' + esc(attr(this, 'data-secretariaat')) + '</span>' +
        '</div>';
    }
  }

  /* Stappenbalk */
  class WseStepper extends WseElement {
    get renderDelay() { return 350; }
    get css() {
      return 'ol{list-style:none;display:flex;margin:0 0 30px;padding:0}' +
        'li{flex:1;padding:10px;border-top:4px solid #e8ebee;font-size:14px;color:#687483}' +
        'li.is-done{border-color:#009e47}li.is-current{border-color:#0055cc;color:#333332;font-weight:700}' +
        '.nr{display:block;font-size:12px;text-transform:uppercase;letter-spacing:.05em}';
    }
    template() {
      var steps = attr(this, 'data-steps').split('|');
      var cur = parseInt(attr(this, 'data-current', '1'), 10);
      var html = '<nav aria-label="Stappen van de aanvraag"><ol>';
      for (var i = 0; i < steps.length; i++) {
        var n = i + 1;
        var cls = n < cur ? 'is-done' : (n === cur ? 'is-current' : '');
        html += '<li class="' + cls + '"' + (n === cur ? ' aria-current="step"' : '') + '>' +
          '<span class="nr">Stap ' + n + '</span> ' + esc(steps[i]) + '</li>';
      }
      return html + '</ol></nav>';
    }
  }

  /* Knop: de echte <button> zit in de shadow root */
  class VlButtonNext extends WseElement {
    get renderDelay() { return 400; }
    get css() { return ':host{display:inline-block}'; }
    template() {
      var cls = 'vl-button';
      if (this.hasAttribute('data-vl-secondary')) cls += ' vl-button--secondary';
      if (this.hasAttribute('data-vl-tertiary')) cls += ' vl-button--tertiary';
      var answer = this.getAttribute('data-answer');
      return '<button type="button" part="button" class="' + cls + '"' +
        (this.hasAttribute('data-vl-disabled') ? ' disabled' : '') +
        (answer ? ' data-answer="' + esc(answer) + '"' : '') +
        (attr(this, 'data-vl-aria-label') ? ' aria-label="' + esc(attr(this, 'data-vl-aria-label')) + '"' : '') +
        '>' + esc(attr(this, 'data-vl-label')) + '</button>';
    }
    afterRender() {
      var self = this;
      var btn = this.shadowRoot.querySelector('button');
      btn.addEventListener('click', function () {
        self.dispatchEvent(new CustomEvent('vl-click', { bubbles: true, composed: true }));
        go(attr(self, 'data-vl-href'));
      });
    }
  }

  /* Invoerveld: label uit data-vl-label, <input> in de shadow root */
  class VlInputFieldNext extends WseElement {
    get renderDelay() { return 380; }
    get css() {
      return 'label{display:block;font-weight:500;margin-bottom:4px}' +
        '.hint{display:block;font-size:13px;color:#687483;margin-bottom:4px}' +
        'input{font:inherit;font-size:16px;padding:8px 10px;border:1px solid #8695a8;border-radius:3px;min-height:40px;width:100%;box-sizing:border-box}' +
        '.err{color:#db3434;font-size:13px;margin-top:4px}';
    }
    template() {
      var id = 'f-' + (attr(this, 'data-vl-name') || 'veld');
      var answer = this.getAttribute('data-answer');
      var hint = attr(this, 'data-vl-hint');
      return '<label for="' + esc(id) + '">' + esc(attr(this, 'data-vl-label')) + '</label>' +
        (hint ? '<span class="hint" id="' + esc(id) + '-hint">' + esc(hint) + '</span>' : '') +
        '<input id="' + esc(id) + '" name="' + esc(attr(this, 'data-vl-name')) + '" type="' + esc(attr(this, 'data-vl-type', 'text')) + '"' +
        (attr(this, 'data-vl-placeholder') ? ' placeholder="' + esc(attr(this, 'data-vl-placeholder')) + '"' : '') +
        (attr(this, 'data-vl-value') ? ' value="' + esc(attr(this, 'data-vl-value')) + '"' : '') +
        (this.hasAttribute('data-vl-readonly') ? ' readonly' : '') +
        (this.hasAttribute('data-vl-required') ? ' required aria-required="true"' : '') +
        (hint ? ' aria-describedby="' + esc(id) + '-hint"' : '') +
        (attr(this, 'data-vl-autocomplete') ? ' autocomplete="' + esc(attr(this, 'data-vl-autocomplete')) + '"' : '') +
        (answer ? ' data-answer="' + esc(answer) + '"' : '') + '>';
    }
    get value() {
      var i = this.shadowRoot && this.shadowRoot.querySelector('input');
      return i ? i.value : attr(this, 'data-vl-value');
    }
  }

  /* Melding: titel uit het title-attribuut, inhoud via slot */
  class VlAlertNext extends WseElement {
    get renderDelay() { return 250; }
    get css() {
      return '.vl-alert{border-left:5px solid #0055cc;background:#eef4fc;padding:16px 20px;margin:0 0 20px}' +
        '.vl-alert--success{border-color:#009e47;background:#e6f6ed}' +
        '.vl-alert--warning{border-color:#ffc515;background:#fff8e0}' +
        '.vl-alert--error{border-color:#db3434;background:#fdeeee}' +
        '.vl-alert__title{font-weight:700;font-size:20px;margin:0 0 6px}';
    }
    template() {
      var type = attr(this, 'data-vl-type', 'info');
      return '<div class="vl-alert vl-alert--' + esc(type) + '" role="' + (type === 'error' ? 'alert' : 'status') + '">' +
        '<p class="vl-alert__title">' + esc(attr(this, 'title')) + '</p>' +
        '<div class="vl-alert__content"><slot></slot></div></div>';
    }
  }

  /* Sessieteller */
  class WseSessieTeller extends WseElement {
    get renderDelay() { return 500; }
    get css() { return ':host{display:inline;font-size:13px;color:#687483}'; }
    template() { return '<span aria-live="off">Sessie verloopt over <b id="t">30:00</b></span>'; }
    afterRender() {
      var left = parseInt(attr(this, 'data-seconden', '1800'), 10);
      var t = this.shadowRoot.getElementById('t');
      setInterval(function () {
        if (left > 0) left--;
        var m = Math.floor(left / 60), s = left % 60;
        t.textContent = m + ':' + (s < 10 ? '0' : '') + s;
      }, 1000);
    }
  }

  /* Footer met standaardlinks in de shadow root */
  class WseFooter extends WseElement {
    get renderDelay() { return 600; }
    get css() {
      return ':host{margin-top:60px;background:#f1f3f5;border-top:4px solid #ffe615;font-size:14px}' +
        '.f{max-width:1200px;margin:0 auto;padding:30px;display:flex;flex-wrap:wrap;gap:30px;justify-content:space-between}' +
        'ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:6px 20px}';
    }
    template() {
      return '<footer class="f" role="contentinfo"><div><strong>' + esc(attr(this, 'data-vl-title', 'WSE Loket')) + '</strong><br>' +
        'is een officiële website van de Vlaamse overheid<br>uitgegeven door Departement Werk en Sociale Economie</div>' +
        '<nav aria-label="Voettekst"><ul>' +
        '<li><a href="/privacy">Privacy</a></li><li><a href="/cookieverklaring">Cookieverklaring</a></li>' +
        '<li><a href="/toegankelijkheid">Toegankelijkheid</a></li><li><a href="/gebruiksvoorwaarden">Gebruiksvoorwaarden</a></li>' +
        '<li><a href="/contact">Contact</a></li></ul></nav></footer>';
    }
  }

  /* Formuliersectie: titel uit data-vl-title, inhoud via slot */
  class WseFormSectie extends WseElement {
    get renderDelay() { return 320; }
    get css() {
      return ':host{display:block;margin:0 0 30px}' +
        '.t{font-weight:500;margin:0 0 14px;line-height:1.2}' +
        '.t--2{font-size:26px;text-transform:uppercase;letter-spacing:.03em;border-bottom:2px solid #ffe615;padding-bottom:6px}' +
        '.t--3{font-size:20px}' +
        '.d{color:#687483;font-size:14px;margin:-6px 0 14px}';
    }
    template() {
      var lvl = attr(this, 'data-vl-level', '3');
      var desc = attr(this, 'data-vl-description');
      return '<section aria-labelledby="t"><div id="t" class="t t--' + esc(lvl) + '" role="heading" aria-level="' + esc(lvl) + '">' +
        esc(attr(this, 'data-vl-title')) + '</div>' + (desc ? '<p class="d">' + esc(desc) + '</p>' : '') +
        '<slot></slot></section>';
    }
  }

  var defs = {
    'wse-form-sectie': WseFormSectie,
    'vl-functional-header': VlFunctionalHeader,
    'wse-klant-balk': WseKlantBalk,
    'wse-stepper': WseStepper,
    'vl-button-next': VlButtonNext,
    'vl-input-field-next': VlInputFieldNext,
    'vl-alert-next': VlAlertNext,
    'wse-sessie-teller': WseSessieTeller,
    'wse-footer': WseFooter
  };
  Object.keys(defs).forEach(function (name) {
    if (!customElements.get(name)) customElements.define(name, defs[name]);
  });

  /* Light-DOM uitbreidingen (is="vl-…") krijgen hun klassen pas na het laden */
  function upgradeNative() {
    var els = document.querySelectorAll('[is="vl-button"],[is="vl-link"],[is="vl-input-field"],[is="vl-data-table"],[is="vl-region"]');
    for (var i = 0; i < els.length; i++) {
      var name = els[i].getAttribute('is');
      els[i].classList.add(name);
      if (els[i].hasAttribute('data-vl-secondary')) els[i].classList.add(name + '--secondary');
      if (els[i].hasAttribute('data-vl-block')) els[i].classList.add(name + '--block');
    }
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', upgradeNative);
  else upgradeNative();
})();
