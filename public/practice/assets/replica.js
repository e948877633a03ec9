/*
 * Loketgids practice replicas: the small shared behaviour of every replica page.
 * Loaded with <script src="/practice/assets/replica.js" defer>; the pages carry no inline script.
 *
 * Data attributes it understands (in the document and, via LoketReplica.apply(shadowRoot), in
 * the spa variant's shadow root):
 *   data-replica="kbo"      text (or value, for an input) := ?kbo= formatted as 0417.390.703;
 *                           without ?kbo=: the element's data-default, else 0417.390.703.
 *   data-replica="org"      := ?org= (e.g. "SD WORX"); without it the page's own text stays.
 *   data-replica="dienst"   := the WSE service title for ?dienst=<slug>; else the page's text stays.
 *   data-replica="param" data-param="name"
 *                           := all values of ?name= joined with ", "; else the page's text stays.
 *   data-replica-when="kbo" | "org"
 *                           shown only when the page was opened for a client KBO (?kbo=, or no
 *                           parameter at all) | as the organisation itself (?org= without ?kbo=).
 *   data-replica-keep="kbo dienst …"
 *                           on <a>: the listed parameters of the current URL are added to href;
 *                           on <form>: added as hidden fields (unless the form has such a field).
 *   data-replica-cookie     a cookie notice; hidden once a [data-replica-dismiss] button in it is
 *                           clicked (remembered for the tab in sessionStorage).
 * Forms themselves are ordinary <form method="get" action="/next/path">: no script needed.
 */
(() => {
  const DEFAULT_KBO = '0417.390.703';
  const COOKIE_KEY = 'loketgids-replica-cookies';
  const DIENSTEN = {
    'vlaams-opleidingsverlof': 'Terugbetalingsaanvraag Vlaams opleidingsverlof',
    'vlaamse-ondersteuningspremie': 'Aanvraag Vlaamse ondersteuningspremie',
    'doelgroepvermindering-oudere-werknemers': 'Doelgroepvermindering oudere werknemers',
    arbeidskaart: 'Arbeidskaart',
    'dienstencheques-erkenning': 'Erkenning als dienstenchequebedrijf',
  };

  /** `BE 0417 390 703`, `417390703`, `0417-390-703` → `0417.390.703`; anything else as typed. */
  function formatKbo(raw) {
    if (raw == null) return '';
    const typed = String(raw).trim();
    let digits = typed
      .toUpperCase()
      .replace(/^BE/, '')
      .replace(/\(0\)/g, '')
      .replace(/[\s.\-/]/g, '');
    if (/^\d{9}$/.test(digits)) digits = `0${digits}`;
    if (/^\d{10}$/.test(digits)) return `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}`;
    return typed;
  }

  function setValue(el, value) {
    if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) el.value = value;
    else el.textContent = value;
  }

  function apply(root) {
    const scope = root || document;
    const params = new URLSearchParams(location.search);
    const kbo = formatKbo(params.get('kbo'));
    const org = (params.get('org') || '').trim();
    const asOrg = Boolean(org) && !kbo;

    for (const el of scope.querySelectorAll('[data-replica]')) {
      const kind = el.getAttribute('data-replica');
      let value = null;
      if (kind === 'kbo') value = kbo || el.getAttribute('data-default') || DEFAULT_KBO;
      else if (kind === 'org') value = org || null;
      else if (kind === 'dienst') value = DIENSTEN[params.get('dienst') || ''] || null;
      else if (kind === 'param') {
        const values = params.getAll(el.getAttribute('data-param') || '').filter((v) => v.trim() !== '');
        value = values.length > 0 ? values.join(', ') : null;
      }
      if (value !== null) setValue(el, value);
    }

    for (const el of scope.querySelectorAll('[data-replica-when]')) {
      const when = el.getAttribute('data-replica-when');
      el.hidden = when === 'org' ? !asOrg : asOrg;
    }

    for (const el of scope.querySelectorAll('[data-replica-keep]')) {
      const names = (el.getAttribute('data-replica-keep') || '').split(/\s+/).filter(Boolean);
      if (el instanceof HTMLAnchorElement) {
        if (el.hasAttribute('data-replica-kept')) continue;
        const url = new URL(el.getAttribute('href') || '', location.href);
        for (const name of names) {
          if (url.searchParams.has(name)) continue;
          for (const v of params.getAll(name)) url.searchParams.append(name, v);
        }
        el.setAttribute('href', url.origin === location.origin ? url.pathname + url.search + url.hash : url.href);
        el.setAttribute('data-replica-kept', '');
      } else if (el instanceof HTMLFormElement) {
        for (const name of names) {
          if (el.elements.namedItem(name)) continue;
          for (const v of params.getAll(name)) {
            const input = document.createElement('input');
            input.type = 'hidden';
            input.name = name;
            input.value = v;
            el.append(input);
          }
        }
      }
    }

    let dismissed = false;
    try {
      dismissed = sessionStorage.getItem(COOKIE_KEY) === '1';
    } catch {
      // storage unavailable (e.g. opaque origin): the notice just stays
    }
    for (const notice of scope.querySelectorAll('[data-replica-cookie]')) {
      if (dismissed) notice.hidden = true;
      for (const button of notice.querySelectorAll('[data-replica-dismiss]')) {
        button.addEventListener('click', () => {
          notice.hidden = true;
          try {
            sessionStorage.setItem(COOKIE_KEY, '1');
          } catch {
            // ignore
          }
        });
      }
    }
  }

  window.LoketReplica = { apply, formatKbo, DEFAULT_KBO };
  apply(document);
})();
