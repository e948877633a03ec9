/* gb-spa.js — small client-side shell for the "beheer" part of gebruikersbeheer.
   <app-root data-view="..."> shows a loader, then renders the view: either from
   <template id="tpl-VIEW"> in the page, or from the built-in view functions below. */
(function () {
  'use strict';

  function esc(s) {
    return String(s == null ? '' : s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }

  var USERS = [
    ['Janssens', 'An', 'an.janssens@sdworx.com', 'Vaste medewerker', 'Actief', 3],
    ['De Smet', 'Bart', 'bart.desmet@sdworx.com', 'Vaste medewerker', 'Actief', 5],
    ['El Amrani', 'Fatima', 'fatima.elamrani@sdworx.com', 'Externe medewerker', 'Actief', 1],
    ['Maes', 'Charlotte', 'charlotte.maes@sdworx.com', 'Vaste medewerker', 'Actief', 4],
    ['Peeters', 'Koen', 'koen.peeters@sdworx.com', 'Vaste medewerker', 'Actief', 9],
    ['Vermeulen', 'Els', 'els.vermeulen@sdworx.com', 'Occasionele medewerker', 'Verlopen', 0],
    ['Wouters', 'Dirk', 'dirk.wouters@sdworx.com', 'Externe medewerker', 'Actief', 2],
    ['Claes', 'Gert', 'gert.claes@sdworx.com', 'Vaste medewerker', 'Geblokkeerd', 2]
  ];

  var VIEWS = {
    gebruikers: function () {
      var rows = USERS.map(function (u, i) {
        var naam = u[1] + ' ' + u[0];
        return '<div class="grid-row" role="row" data-row="' + i + '">' +
          '<div role="cell"><span class="u-name">' + esc(u[0]) + ', ' + esc(u[1]) + '</span></div>' +
          '<div role="cell">' + esc(u[2]) + '</div>' +
          '<div role="cell">' + esc(u[3]) + '</div>' +
          '<div role="cell"><span class="badge' + (u[4] === 'Actief' ? ' badge-ok' : '') + '">' + esc(u[4]) + '</span> <small>' + u[5] + ' rechten</small></div>' +
          '<div role="cell" class="row-actions">' +
          '<span role="button" tabindex="0" class="btn-icon" aria-label="Detail van ' + esc(naam) + '" title="Detail" data-href="/beheer">&#128269;</span>' +
          '<span role="button" tabindex="0" class="btn-icon" aria-label="Gebruikersrechten van ' + esc(naam) + '" title="Gebruikersrechten" data-href="/beheer#rechten">&#128273;</span>' +
          '<span role="button" tabindex="0" class="btn-icon" aria-label="Werkrelatie van ' + esc(naam) + ' beëindigen" title="Werkrelatie beëindigen">&#10006;</span>' +
          '</div></div>';
      }).join('');
      return '<div class="app-content" data-component="user-list">' +
        '<nav aria-label="Kruimelpad" class="crumbs"><a href="/">Gebruikersbeheer</a> › <span>Gebruikers</span></nav>' +
        '<div role="heading" aria-level="1" class="page-title" style="font-size:2rem;margin:.5rem 0">Gebruikers van SD WORX</div>' +
        '<p class="muted">Organisatie SD WORX · KBO 0417.390.703 · 23 gebruikers met een werkrelatie</p>' +
        '<div class="toolbar" role="toolbar" aria-label="Acties gebruikers">' +
        '<label class="sr-only" for="q-user">Zoek gebruiker</label>' +
        '<input id="q-user" name="zoekterm" type="search" placeholder="Zoek op naam, e-mail of rijksregisternummer" class="vl-input-field" style="min-width:24rem">' +
        '<span role="button" tabindex="0" class="btn btn-outline">Zoek</span>' +
        '<span role="button" tabindex="0" class="btn btn-primary" data-href="/persoon/nieuw">Nieuwe persoon toevoegen</span>' +
        '<span role="button" tabindex="0" class="btn btn-outline" title="Exporteer de lijst">Download als CSV bestand</span>' +
        '</div>' +
        '<div class="filters" style="margin:.75rem 0">Filter: ' +
        '<label><input type="checkbox" name="filter-actief" checked> enkel actieve werkrelaties</label> ' +
        '<label><input type="checkbox" name="filter-extern"> enkel externe medewerkers</label></div>' +
        '<div role="table" aria-label="Gebruikers" class="user-grid">' +
        '<div class="grid-row head" role="row"><div role="columnheader">Naam</div><div role="columnheader">E-mailadres</div>' +
        '<div role="columnheader">Werkrelatie</div><div role="columnheader">Status</div><div role="columnheader"><span class="sr-only">Acties</span></div></div>' +
        rows + '</div>' +
        '<div class="pager" role="navigation" aria-label="Paginering" style="margin-top:1rem">' +
        '<span>1–8 van 23</span> <span role="button" tabindex="0" class="btn btn-outline" aria-label="Vorige pagina" aria-disabled="true">‹</span>' +
        '<span role="button" tabindex="0" class="btn btn-outline" aria-label="Volgende pagina">›</span></div>' +
        '</div>';
    }
  };

  function wire(root) {
    root.querySelectorAll('[role=button]').forEach(function (el) {
      if (el._gbWired) return;
      el._gbWired = true;
      el.addEventListener('click', function () {
        if (el.getAttribute('aria-disabled') === 'true') return;
        var href = el.getAttribute('data-href');
        if (href) window.location.assign(href);
      });
      el.addEventListener('keydown', function (ev) {
        if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); el.click(); }
      });
    });
    root.querySelectorAll('[role=tablist]').forEach(function (list) {
      var tabs = list.querySelectorAll('[role=tab]');
      tabs.forEach(function (tab) {
        tab.addEventListener('click', function () {
          tabs.forEach(function (t) {
            var on = t === tab;
            t.setAttribute('aria-selected', on ? 'true' : 'false');
            var panel = document.getElementById(t.getAttribute('aria-controls'));
            if (panel) panel.hidden = !on;
          });
        });
      });
    });
  }

  function boot() {
    document.querySelectorAll('app-root').forEach(function (root) {
      var view = root.getAttribute('data-view');
      var delay = parseInt(root.getAttribute('data-delay'), 10);
      setTimeout(function () {
        var tpl = document.getElementById('tpl-' + view);
        if (tpl) {
          root.innerHTML = '';
          root.appendChild(tpl.content.cloneNode(true));
        } else if (VIEWS[view]) {
          root.innerHTML = VIEWS[view]();
        }
        root.setAttribute('ng-version', '15.2.9');
        root.classList.add('app-ready');
        wire(root);
      }, isNaN(delay) ? 350 : delay);
    });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', boot);
  else boot();
})();
