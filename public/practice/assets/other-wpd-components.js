/* app.werkplekduaal.be - eigen webcomponenten in de stijl van de Vlaamse huisstijl.
   Elk component rendert laat in een open shadow root; teksten komen uit data-vl-* attributen. */
(function () {
  'use strict';

  var SHADOW_CSS = [
    ':host{display:block;font-family:"Flanders Art Sans","Fira Sans",Arial,sans-serif;color:#333332}',
    'a{color:#05c}',
    '.vl-functional-header{border-bottom:1px solid #cbd2da;background:#fff}',
    '.vl-layout{max-width:1200px;margin:0 auto;padding:0 30px}',
    '.vl-functional-header__row{display:flex;justify-content:space-between;align-items:center;min-height:60px;flex-wrap:wrap}',
    '.vl-functional-header__title{font-size:24px;text-decoration:none;color:#333332;font-weight:500}',
    '.vl-title{margin:0}',
    '.vl-functional-header__sub{padding:0 0 10px}',
    '.vl-functional-header__sub__actions{list-style:none;display:flex;gap:14px;margin:0;padding:0;font-size:14px}',
    '.org{background:#e8ebee;padding:8px 12px;font-size:14px;display:flex;gap:10px;flex-wrap:wrap;align-items:center}',
    '.org b{font-weight:600}',
    '.org ul{list-style:none;display:flex;gap:0;margin:0;padding:0}',
    '.org li+li:before{content:"|";margin:0 8px;color:#8695a8}',
    '.tabs{list-style:none;display:flex;gap:0;border-bottom:2px solid #cbd2da;margin:0 0 20px;padding:0}',
    '.tabs a{display:block;padding:10px 18px;text-decoration:none;color:#05c;margin-bottom:-2px;border-bottom:3px solid transparent}',
    '.tabs a[aria-selected=true]{color:#333332;border-bottom-color:#05c;font-weight:500}',
    '.taak{border:1px solid #cbd2da;border-left:5px solid #ffc515;padding:14px 18px;margin:0 0 12px;display:grid;grid-template-columns:1fr auto;gap:6px 20px;align-items:center}',
    '.taak h3{margin:0;font-size:17px;font-weight:500;grid-column:1/-1}',
    '.taak dl{display:flex;flex-wrap:wrap;gap:4px 18px;margin:0;font-size:14px}',
    '.taak dt{font-weight:500;display:inline}',
    '.taak dd{display:inline;margin:0 0 0 4px}',
    '.taak .meta{display:flex;flex-wrap:wrap;gap:4px 18px}',
    '.vl-button{display:inline-flex;align-items:center;min-height:35px;padding:0 15px;background:#05c;color:#fff;border:2px solid #05c;border-radius:3px;font:inherit;font-weight:500;text-decoration:none;cursor:pointer}',
    '.vl-button--secondary{background:#fff;color:#05c}',
    '.vl-button--tertiary{background:transparent;border-color:transparent;color:#05c}',
    '.vl-radio{display:flex;gap:10px;align-items:flex-start;margin:8px 0;cursor:pointer}',
    '.vl-alert{border:1px solid #cbd2da;border-left:5px solid #05c;padding:14px 18px}',
    '.vl-alert--warning{border-left-color:#ffc515}.vl-alert--success{border-left-color:#009e47}',
    '.vl-alert__title{font-weight:600;margin:0 0 4px}',
    '.vl-spotlight{display:block;border:1px solid #cbd2da;padding:20px;text-decoration:none;color:inherit;height:100%;box-sizing:border-box}',
    '.vl-spotlight__title{color:#05c;font-size:20px;margin:0 0 8px;font-weight:500}',
    '.vl-spotlight__subtitle{margin:0;color:#687483}'
  ].join('\n');

  function esc(s) {
    return String(s == null ? '' : s).replace(/[&<>"]/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c];
    });
  }
  function attr(el, name, dflt) { var v = el.getAttribute(name); return v == null ? (dflt == null ? '' : dflt) : v; }
  function copyAnswer(host, inner) {
    var a = host.getAttribute('data-answer');
    if (a && inner) inner.setAttribute('data-answer', a);
  }
  function cut(s, n) { s = String(s || ''); return s.length > n ? s.slice(0, n) + '...' : s; }

  function define(name, delay, render, setup) {
    if (customElements.get(name)) return;
    var C = class extends HTMLElement {
      connectedCallback() {
        if (this.__wpdDone) return;
        this.__wpdDone = true;
        var self = this;
        if (!this.shadowRoot) this.attachShadow({ mode: 'open' });
        var ms = parseInt(attr(this, 'data-vl-delay', String(delay)), 10);
        setTimeout(function () {
          self.shadowRoot.innerHTML = '<style>' + SHADOW_CSS + '</style>' + render(self);
          if (setup) setup(self, self.shadowRoot);
          self.setAttribute('data-vl-rendered', '');
          self.dispatchEvent(new CustomEvent('vl-rendered', { bubbles: true }));
        }, ms);
      }
    };
    customElements.define(name, C);
  }

  /* Functionele header: titel en subtitel staan enkel in attributen */
  define('vl-functional-header', 200, function (h) {
    var sub = attr(h, 'data-vl-sub-title');
    var back = attr(h, 'data-vl-back');
    return '<header class="vl-functional-header"><div class="vl-layout">' +
      '<div class="vl-functional-header__row"><div class="vl-functional-header__content">' +
      '<h1 class="vl-title"><a class="vl-functional-header__title" href="' + esc(attr(h, 'data-vl-link', '/')) + '">' +
      esc(attr(h, 'data-vl-title')) + '</a></h1></div>' +
      '<div class="vl-functional-header__actions"><slot name="actions"></slot></div></div>' +
      (sub || back ? '<div class="vl-functional-header__sub"><ul class="vl-functional-header__sub__actions">' +
        (back ? '<li><a href="' + esc(attr(h, 'data-vl-back-link', '/')) + '">&larr; ' + esc(back) + '</a></li>' : '') +
        (sub ? '<li><h2 class="vl-title" style="font-size:16px">' + esc(sub) + '</h2></li>' : '') +
        '</ul></div>' : '') +
      '</div></header>';
  });

  /* Grijze kader rechts bovenaan: organisatie, rol, ondernemingsnummer en gebruikersmenu */
  define('wpd-organisatie-balk', 300, function (h) {
    var links = attr(h, 'data-links').split(';').filter(Boolean).map(function (pair) {
      var p = pair.split('|');
      return '<li><a href="' + esc(p[1] || '#') + '">' + esc(p[0]) + '</a></li>';
    }).join('');
    return '<div class="org" part="box"><span class="naam"><b>' + esc(attr(h, 'data-organisatie')) + '</b></span>' +
      '<span class="rol">' + esc(attr(h, 'data-rol')) + '</span>' +
      '<span class="kbo">' + esc(attr(h, 'data-kbo')) + '</span>' +
      '<nav aria-label="Gebruikersmenu"><ul>' + links + '</ul></nav></div>';
  });

  /* Tabbladen: titels uit de panes, actieve pane blijft in de lichte DOM zichtbaar */
  define('vl-tabs', 250, function (h) {
    var active = attr(h, 'data-vl-active-tab');
    var panes = Array.prototype.slice.call(h.querySelectorAll('vl-tabs-pane'));
    var items = panes.map(function (p) {
      var id = attr(p, 'data-vl-id');
      var on = id === active;
      return '<li><a role="tab" href="' + esc(attr(p, 'data-vl-href', '#' + id)) + '" aria-selected="' + on + '">' +
        esc(attr(p, 'data-vl-title')) + '</a></li>';
    }).join('');
    return '<nav aria-label="Tabbladen"><ul class="tabs" role="tablist">' + items + '</ul></nav><slot></slot>';
  }, function (h) {
    var active = attr(h, 'data-vl-active-tab');
    Array.prototype.forEach.call(h.querySelectorAll('vl-tabs-pane'), function (p) {
      if (attr(p, 'data-vl-id') !== active) p.hidden = true;
    });
  });
  if (!customElements.get('vl-tabs-pane')) customElements.define('vl-tabs-pane', class extends HTMLElement {});

  /* Taak op het dashboard */
  define('wpd-taak', 350, function (h) {
    var fields = [['Erkenning', 'data-erkenning'], ['Vestiging', 'data-vestiging'], ['Opleiding', 'data-opleiding'],
      ['Onderneming', 'data-onderneming'], ['Status', 'data-status']];
    var meta = fields.filter(function (f) { return h.hasAttribute(f[1]); }).map(function (f) {
      var v = attr(h, f[1]);
      return '<div><dt>' + f[0] + ':</dt><dd title="' + esc(v) + '">' + esc(cut(v, 26)) + '</dd></div>';
    }).join('');
    if (h.hasAttribute('data-dagen')) meta += '<div><dt>Dagen resterend:</dt><dd>' + esc(attr(h, 'data-dagen')) + '</dd></div>';
    var actie = attr(h, 'data-vl-action-label');
    return '<article class="taak"><h3>' + esc(attr(h, 'data-vl-title')) + '</h3><dl class="meta">' + meta + '</dl>' +
      (actie ? '<a class="vl-button" href="' + esc(attr(h, 'data-href', '#')) + '">' + esc(actie) + '</a>' : '') + '</article>';
  }, function (h, root) { copyAnswer(h, root.querySelector('a')); });

  /* Radio: het echte input-element zit in de shadow root, label komt uit data-vl-label */
  define('vl-radio', 300, function (h) {
    return '<label class="vl-radio"><input type="radio" class="vl-radio__toggle" name="' + esc(attr(h, 'data-vl-name')) +
      '" value="' + esc(attr(h, 'data-vl-value')) + '"' + (h.hasAttribute('data-vl-checked') ? ' checked' : '') + '>' +
      '<span class="vl-radio__label">' + esc(attr(h, 'data-vl-label')) + '</span></label>';
  }, function (h, root) {
    var input = root.querySelector('input');
    copyAnswer(h, input);
    input.addEventListener('change', function () {
      var name = attr(h, 'data-vl-name');
      Array.prototype.forEach.call(document.querySelectorAll('vl-radio'), function (other) {
        if (other !== h && attr(other, 'data-vl-name') === name && other.shadowRoot) {
          var i = other.shadowRoot.querySelector('input');
          if (i) i.checked = false;
        }
      });
      h.setAttribute('data-vl-checked', '');
      h.dispatchEvent(new CustomEvent('vl-change', { bubbles: true, detail: { value: input.value } }));
    });
  });

  /* Knop: de echte <button> zit in de shadow root; tekst via slot of data-vl-label */
  define('vl-button-next', 300, function (h) {
    var cls = 'vl-button';
    if (h.hasAttribute('data-vl-secondary')) cls += ' vl-button--secondary';
    if (h.hasAttribute('data-vl-tertiary')) cls += ' vl-button--tertiary';
    var label = attr(h, 'data-vl-label');
    return '<button type="button" class="' + cls + '" part="button">' + (label ? esc(label) : '<slot></slot>') + '</button>';
  }, function (h, root) {
    var b = root.querySelector('button');
    copyAnswer(h, b);
    b.addEventListener('click', function () {
      h.dispatchEvent(new CustomEvent('vl-click', { bubbles: true, composed: true }));
    });
  });

  /* Alert: titel enkel in attribuut */
  define('vl-alert', 150, function (h) {
    return '<div class="vl-alert vl-alert--' + esc(attr(h, 'data-vl-type', 'info')) + '">' +
      '<p class="vl-alert__title">' + esc(attr(h, 'data-vl-title')) + '</p><div class="vl-alert__message"><slot></slot></div></div>';
  });

  /* Spotlight: titel en ondertitel via slots, de link zit in de shadow root */
  define('vl-spotlight', 250, function (h) {
    return '<a class="vl-spotlight" href="' + esc(attr(h, 'data-vl-link', '#')) + '"><article>' +
      '<h3 class="vl-spotlight__title"><slot name="title"></slot></h3>' +
      '<p class="vl-spotlight__subtitle"><slot name="subtitle"></slot></p><slot></slot></article></a>';
  }, function (h, root) { copyAnswer(h, root.querySelector('a')); });

  function upgradeNatives() {
    var map = { 'vl-button': 'vl-button', 'vl-link': 'vl-link', 'vl-data-table': 'vl-data-table', 'vl-region': 'vl-region',
      'vl-input-field': 'vl-input-field', 'vl-textarea': 'vl-textarea', 'vl-select': 'vl-select', 'vl-title': 'vl-title' };
    Array.prototype.forEach.call(document.querySelectorAll('[is]'), function (el) {
      var cls = map[el.getAttribute('is')];
      if (!cls || el.classList.contains(cls)) return;
      el.classList.add(cls);
      if (el.hasAttribute('data-vl-secondary')) el.classList.add(cls + '--secondary');
      if (el.hasAttribute('data-vl-tertiary')) el.classList.add(cls + '--tertiary');
      if (el.hasAttribute('data-vl-block')) el.classList.add(cls + '--block');
      var t = el.getAttribute('data-vl-type');
      if (cls === 'vl-title' && t) el.classList.add('vl-title--' + t);
    });
  }

  function boot() {
    var cookie = document.querySelector('[data-wpd-cookie]');
    if (cookie) {
      Array.prototype.forEach.call(cookie.querySelectorAll('button'), function (b) {
        b.addEventListener('click', function () { cookie.hidden = true; });
      });
    }
    var tpl = document.getElementById('wpd-view');
    var outlet = document.querySelector('[data-wpd-outlet]');
    if (tpl && outlet) {
      setTimeout(function () {
        /* via de HTML-tekst i.p.v. cloneNode: zo worden de componenten zeker als gedefinieerde elementen aangemaakt */
        outlet.innerHTML = tpl.innerHTML;
        if (tpl.parentNode) tpl.parentNode.removeChild(tpl);
        outlet.setAttribute('aria-busy', 'false');
        setTimeout(upgradeNatives, 100);
      }, parseInt(attr(outlet, 'data-wpd-delay', '300'), 10));
    }
    setTimeout(upgradeNatives, 150);
  }
  if (document.readyState !== 'loading') boot();
  else document.addEventListener('DOMContentLoaded', boot);
})();
