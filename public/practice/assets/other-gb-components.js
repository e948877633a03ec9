/* gb-components.js — hand-built web components for the "Snel recht toekennen" module.
   Every component attaches an OPEN shadow root and renders a little later (as the real
   Lit bundle does once its chunks have loaded). Texts arrive through data-vl-* attributes. */
(function () {
  'use strict';

  function esc(s) {
    return String(s == null ? '' : s)
      .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }

  var BASE_CSS =
    ':host{display:block;font-family:inherit;color:#333332}' +
    '.vl-button{display:inline-flex;align-items:center;gap:.4rem;background:#0055cc;color:#fff;border:2px solid #0055cc;padding:.55rem 1.1rem;font:inherit;font-weight:500;cursor:pointer}' +
    '.vl-button--secondary{background:#fff;color:#0055cc}' +
    '.vl-button--tertiary{background:transparent;border-color:transparent;color:#0055cc;text-decoration:underline}' +
    '.vl-button[disabled]{opacity:.5;cursor:not-allowed}' +
    'label{font-weight:600}' +
    'input[type=text],input[type=email],input[type=tel],input:not([type]){border:1px solid #8695a8;padding:.55rem .7rem;font:inherit;width:100%;max-width:28rem;box-sizing:border-box}' +
    '.hint{display:block;color:#687483;font-size:.875rem;margin:.2rem 0 .35rem}';

  var uid = 0;

  class GbBase extends HTMLElement {
    constructor() {
      super();
      this.attachShadow({ mode: 'open' });
      this._rendered = false;
    }
    get defaultDelay() { return 300; }
    connectedCallback() {
      if (this._rendered || this._timer) return;
      var d = parseInt(this.getAttribute('data-vl-delay'), 10);
      if (isNaN(d)) d = this.defaultDelay;
      var self = this;
      this._timer = setTimeout(function () {
        self._timer = null;
        self._rendered = true;
        self.render();
        self.setAttribute('data-vl-rendered', '');
        self.dispatchEvent(new CustomEvent('vl-rendered', { bubbles: true, composed: true }));
      }, d);
    }
    attr(name, fallback) {
      var v = this.getAttribute(name);
      return v == null ? (fallback == null ? '' : fallback) : v;
    }
    /* copy the answer marker (and a few other hooks) onto the real control */
    mirror(inner) {
      var a = this.getAttribute('data-answer');
      if (a != null && inner) inner.setAttribute('data-answer', a);
      var qa = this.getAttribute('data-qa');
      if (qa != null && inner) inner.setAttribute('data-qa', qa);
    }
    html(s) { this.shadowRoot.innerHTML = '<style>' + BASE_CSS + (this.css || '') + '</style>' + s; }
  }

  /* ---------------- functional header ---------------- */
  class GbFunctionalHeader extends GbBase {
    get defaultDelay() { return 150; }
    get css() {
      return '.hdr{background:#f7f9fc;border-bottom:1px solid #cbd2da}' +
        '.row{display:flex;justify-content:space-between;align-items:center;flex-wrap:wrap;gap:1rem;padding:1rem 1.5rem}' +
        'h1{margin:0;font-size:1.6rem;font-weight:500}h1 a{color:#000;text-decoration:none}' +
        '.sub{margin:.2rem 0 0;color:#687483}' +
        '.act{display:flex;gap:1.25rem;align-items:center;font-size:.95rem}.act a{color:#0055cc}' +
        '.back{padding:0 1.5rem .7rem;font-size:.95rem}.back a{color:#0055cc}';
    }
    render() {
      var back = this.attr('data-vl-back');
      this.html(
        '<header class="hdr vl-functional-header" part="header"><div class="row">' +
        '<div class="content"><h1 class="vl-title"><a class="vl-functional-header__title" href="' + esc(this.attr('data-vl-link', '/')) + '">' +
        esc(this.attr('data-vl-title')) + '</a></h1>' +
        (this.hasAttribute('data-vl-sub-title') ? '<p class="sub vl-functional-header__sub-title">' + esc(this.attr('data-vl-sub-title')) + '</p>' : '') +
        '</div><div class="act">' +
        (this.hasAttribute('data-vl-user') ? '<span class="user">' + esc(this.attr('data-vl-user')) + '</span>' : '') +
        (this.hasAttribute('data-vl-org') ? '<span class="org">' + esc(this.attr('data-vl-org')) + '</span>' : '') +
        '<slot name="actions"></slot>' +
        '<a href="' + esc(this.attr('data-vl-logout', '/afmelden')) + '">Afmelden</a></div></div>' +
        (back ? '<div class="back"><a href="' + esc(this.attr('data-vl-back-link', '/')) + '">&#8592; ' + esc(back) + '</a></div>' : '') +
        '</header>');
    }
  }

  /* ---------------- button (label in attribute, real <button> in shadow) ---------------- */
  class GbButton extends GbBase {
    get defaultDelay() { return 450; }
    get css() { return ':host{display:inline-block}'; }
    render() {
      var cls = 'vl-button';
      if (this.hasAttribute('data-vl-secondary')) cls += ' vl-button--secondary';
      if (this.hasAttribute('data-vl-tertiary')) cls += ' vl-button--tertiary';
      var icon = this.attr('data-vl-icon');
      var label = this.attr('data-vl-label') || this.textContent.trim();
      this.html('<button type="button" part="button" class="' + cls + '"' +
        (this.hasAttribute('data-vl-disabled') ? ' disabled' : '') + '>' +
        (icon ? '<span aria-hidden="true" class="vl-vi vl-vi-' + esc(icon) + '"></span>' : '') +
        '<span class="label">' + esc(label) + '</span></button>');
      var btn = this.shadowRoot.querySelector('button');
      this.mirror(btn);
      var self = this;
      btn.addEventListener('click', function () {
        if (self.hasAttribute('data-vl-disabled')) return;
        self.dispatchEvent(new CustomEvent('vl-click', { bubbles: true, composed: true }));
        var href = self.getAttribute('data-vl-href');
        if (href) window.location.assign(href);
      });
    }
  }

  /* ---------------- Lit-style button: text in light DOM via <slot> ---------------- */
  class GbButtonNext extends GbBase {
    get defaultDelay() { return 500; }
    get css() { return ':host{display:inline-block}'; }
    render() {
      var cls = 'vl-button' + (this.hasAttribute('secondary') ? ' vl-button--secondary' : '') +
        (this.hasAttribute('tertiary') ? ' vl-button--tertiary' : '');
      this.html('<button type="button" part="button" class="' + cls + '"><slot name="icon-before"></slot><slot></slot></button>');
      var btn = this.shadowRoot.querySelector('button');
      this.mirror(btn);
      var self = this;
      btn.addEventListener('click', function () {
        self.dispatchEvent(new CustomEvent('vl-click', { bubbles: true, composed: true }));
        var href = self.getAttribute('href');
        if (href) window.location.assign(href);
      });
    }
  }

  /* ---------------- input field with its label in the shadow root ---------------- */
  class GbInputField extends GbBase {
    get defaultDelay() { return 350; }
    render() {
      var id = 'gb-in-' + (++uid);
      var hint = this.attr('data-vl-hint');
      this.html('<div class="vl-form__group">' +
        '<label for="' + id + '" class="vl-form__label">' + esc(this.attr('data-vl-label')) +
        (this.hasAttribute('data-vl-required') ? ' <span aria-hidden="true">*</span>' : '') + '</label>' +
        (hint ? '<span class="hint" id="' + id + '-h">' + esc(hint) + '</span>' : '') +
        '<input id="' + id + '" class="vl-input-field vl-input-field--block" type="' + esc(this.attr('data-vl-type', 'text')) + '"' +
        ' name="' + esc(this.attr('data-vl-name')) + '"' +
        (this.hasAttribute('data-vl-placeholder') ? ' placeholder="' + esc(this.attr('data-vl-placeholder')) + '"' : '') +
        (this.hasAttribute('data-vl-value') ? ' value="' + esc(this.attr('data-vl-value')) + '"' : '') +
        (this.hasAttribute('data-vl-autocomplete') ? ' autocomplete="' + esc(this.attr('data-vl-autocomplete')) + '"' : '') +
        (this.hasAttribute('data-vl-inputmode') ? ' inputmode="' + esc(this.attr('data-vl-inputmode')) + '"' : '') +
        (hint ? ' aria-describedby="' + id + '-h"' : '') +
        (this.hasAttribute('data-vl-required') ? ' required' : '') + '></div>');
      this.mirror(this.shadowRoot.querySelector('input'));
    }
    get value() { var i = this.shadowRoot.querySelector('input'); return i ? i.value : ''; }
  }

  /* ---------------- radio / checkbox: label only in data-vl-label ---------------- */
  class GbChoice extends GbBase {
    get defaultDelay() { return 400; }
    get kind() { return 'radio'; }
    get css() {
      return '.vl-choice{display:flex;gap:.6rem;align-items:flex-start;padding:.6rem .8rem;border:1px solid #cbd2da;margin:.35rem 0;background:#fff;cursor:pointer}' +
        '.vl-choice input{margin-top:.3rem}.txt{display:flex;flex-direction:column}.desc{font-weight:400;color:#687483;font-size:.9rem}';
    }
    render() {
      var id = 'gb-ch-' + (++uid);
      var desc = this.attr('data-vl-description');
      this.html('<label class="vl-choice vl-' + this.kind + '" for="' + id + '">' +
        '<input id="' + id + '" type="' + this.kind + '" class="vl-' + this.kind + '__toggle" name="' + esc(this.attr('data-vl-name')) +
        '" value="' + esc(this.attr('data-vl-value')) + '"' + (this.hasAttribute('data-vl-checked') ? ' checked' : '') +
        (this.hasAttribute('data-vl-disabled') ? ' disabled' : '') + '>' +
        '<span class="txt"><span class="lbl vl-' + this.kind + '__label">' + esc(this.attr('data-vl-label')) + '</span>' +
        (desc ? '<span class="desc">' + esc(desc) + '</span>' : '') + '</span></label>');
      var input = this.shadowRoot.querySelector('input');
      this.mirror(input);
      var self = this;
      input.addEventListener('change', function () {
        if (self.kind === 'radio' && input.checked) {
          document.querySelectorAll('gb-radio').forEach(function (other) {
            if (other !== self && other.getAttribute('data-vl-name') === self.getAttribute('data-vl-name') && other.shadowRoot) {
              var oi = other.shadowRoot.querySelector('input');
              if (oi) oi.checked = false;
            }
          });
        }
        self.dispatchEvent(new CustomEvent('vl-change', { bubbles: true, composed: true, detail: { checked: input.checked, value: input.value } }));
      });
    }
    get checked() { var i = this.shadowRoot.querySelector('input'); return !!(i && i.checked); }
  }
  class GbRadio extends GbChoice { get kind() { return 'radio'; } }
  class GbCheckbox extends GbChoice { get kind() { return 'checkbox'; } get defaultDelay() { return 420; } }

  /* ---------------- alert: title attribute copied into shadow ---------------- */
  class GbAlert extends GbBase {
    get defaultDelay() { return 300; }
    get css() {
      return '.vl-alert{border-left:6px solid #0055cc;background:#eef4fc;padding:1rem 1.25rem;margin:1rem 0}' +
        '.vl-alert--success{border-color:#009e47;background:#eaf7ef}.vl-alert--warning{border-color:#ffa10a;background:#fff6e6}' +
        '.ttl{font-weight:700;margin:0 0 .3rem;font-size:1.15rem}';
    }
    render() {
      var type = this.attr('data-vl-type', 'info');
      var role = type === 'success' ? 'status' : (type === 'error' ? 'alert' : 'note');
      this.html('<div class="vl-alert vl-alert--' + esc(type) + '" role="' + role + '">' +
        '<p class="ttl vl-alert__title">' + esc(this.attr('title')) + '</p>' +
        '<div class="vl-alert__message"><slot></slot></div><slot name="actions"></slot></div>');
    }
  }

  /* ---------------- panel with title in attribute ---------------- */
  class GbPanel extends GbBase {
    get defaultDelay() { return 250; }
    get css() { return '.panel{border:1px solid #cbd2da;padding:1.25rem;margin:1rem 0;background:#fff}.vl-title{margin:0 0 .75rem;font-weight:500}h1{font-size:2rem}h2{font-size:1.35rem}.sub{color:#687483;margin:-.4rem 0 .75rem}.panel-actions{display:flex;gap:1rem;flex-wrap:wrap;margin-top:1rem}'; }
    render() {
      var lvl = parseInt(this.attr('data-vl-level', '2'), 10);
      if (!(lvl >= 1 && lvl <= 6)) lvl = 2;
      var sub = this.attr('data-vl-sub-title');
      this.html('<section class="panel"><h' + lvl + ' class="vl-title vl-title--h' + lvl + '">' + esc(this.attr('data-vl-title')) + '</h' + lvl + '>' +
        (sub ? '<p class="sub">' + esc(sub) + '</p>' : '') + '<slot></slot><div class="panel-actions"><slot name="actions"></slot></div></section>');
    }
  }

  /* ---------------- wizard steps ---------------- */
  class GbSteps extends GbBase {
    get defaultDelay() { return 200; }
    get css() {
      return 'ol{display:flex;gap:.5rem;list-style:none;padding:0;margin:0 0 .5rem}li{flex:1;border-top:4px solid #cbd2da;padding-top:.35rem;font-size:.9rem;color:#687483}' +
        'li[aria-current]{border-color:#0055cc;color:#000;font-weight:600}li.done{border-color:#009e47}p{margin:0 0 1rem;font-size:.9rem;color:#687483}';
    }
    render() {
      var steps = this.attr('data-vl-steps').split('|');
      var cur = parseInt(this.attr('data-vl-current', '1'), 10);
      var items = steps.map(function (s, i) {
        var n = i + 1;
        return '<li' + (n === cur ? ' aria-current="step"' : '') + (n < cur ? ' class="done"' : '') + '>' + n + '. ' + esc(s) + '</li>';
      }).join('');
      this.html('<nav aria-label="Voortgang"><ol>' + items + '</ol><p>Stap ' + cur + ' van ' + steps.length + '</p></nav>');
    }
  }

  /* ---------------- cookie consent ---------------- */
  class GbCookieConsent extends GbBase {
    get defaultDelay() { return 600; }
    get css() {
      return '.bar{background:#202b36;color:#fff;padding:1rem 1.5rem;display:flex;flex-wrap:wrap;gap:1rem;align-items:center}.bar a{color:#fff}' +
        'button{font:inherit;padding:.45rem .9rem;border:2px solid #fff;background:#fff;color:#202b36;cursor:pointer}button.sec{background:transparent;color:#fff}';
    }
    render() {
      this.html('<div class="bar" role="region" aria-label="Cookies"><span>Deze website gebruikt cookies om uw sessie te bewaren en het gebruik te meten. ' +
        '<a href="/cookieverklaring">Lees de cookieverklaring</a>.</span>' +
        '<button type="button" class="ok">Alle cookies aanvaarden</button><button type="button" class="sec">Enkel noodzakelijke</button></div>');
      var self = this;
      this.shadowRoot.querySelectorAll('button').forEach(function (b) {
        b.addEventListener('click', function () { self.hidden = true; });
      });
    }
  }

  /* ---------------- footer ---------------- */
  class GbFooter extends GbBase {
    get defaultDelay() { return 100; }
    get css() {
      return 'footer{margin-top:3rem;background:#f7f9fc;border-top:4px solid #ffe615;padding:1.5rem;font-size:.9rem}' +
        'ul{list-style:none;display:flex;flex-wrap:wrap;gap:1.25rem;padding:0;margin:.5rem 0}a{color:#0055cc}';
    }
    render() {
      this.html('<footer role="contentinfo"><p><strong>Gebruikersbeheer</strong> is een officiële website van de Vlaamse overheid. ' +
        'Uitgegeven door Digitaal Vlaanderen.</p><ul>' +
        '<li><a href="/privacy">Privacy</a></li><li><a href="/cookieverklaring">Cookieverklaring</a></li>' +
        '<li><a href="/toegankelijkheid">Toegankelijkheid</a></li><li><a href="/disclaimer">Disclaimer</a></li>' +
        '<li><a href="/contact">Contact</a></li></ul>' +
        '<p>Hulp nodig? Bel gratis <a href="/contact">1700</a> en vraag naar het team gebruikersbeheer.</p><slot></slot></footer>');
    }
  }

  /* ---------------- app view: fills itself from a <template> ---------------- */
  class GbAppView extends HTMLElement {
    connectedCallback() {
      if (this._done) return;
      this._done = true;
      var self = this;
      var d = parseInt(this.getAttribute('data-vl-delay'), 10);
      setTimeout(function () {
        var tpl = document.getElementById(self.getAttribute('data-template'));
        if (!tpl) return;
        self.innerHTML = '';
        self.appendChild(tpl.content.cloneNode(true));
        self.setAttribute('data-vl-rendered', '');
      }, isNaN(d) ? 250 : d);
    }
  }

  var defs = {
    'gb-functional-header': GbFunctionalHeader,
    'gb-button': GbButton,
    'gb-button-next': GbButtonNext,
    'gb-input-field': GbInputField,
    'gb-radio': GbRadio,
    'gb-checkbox': GbCheckbox,
    'gb-alert': GbAlert,
    'gb-panel': GbPanel,
    'gb-steps': GbSteps,
    'gb-cookie-consent': GbCookieConsent,
    'gb-footer': GbFooter,
    'gb-app-view': GbAppView
  };
  Object.keys(defs).forEach(function (name) {
    if (!customElements.get(name)) customElements.define(name, defs[name]);
  });
})();
