/*
 * WSE-loket "drift" replica: the redesigned portal writes the client's KBO number in its own forms.
 * Load after replica.js: <script src="/practice/assets/drift.js" defer></script>
 *
 *   data-drift-kbo="spaced"   0417 390 703
 *   data-drift-kbo="compact"  0417390703
 *   data-drift-kbo="vat"      BE0417390703
 * The number comes from ?kbo= (else data-default, else the element's own text). Elements that also
 * carry data-replica="kbo" are first filled by replica.js; this script only changes the notation.
 */
(() => {
  function digitsOf(raw) {
    if (raw == null) return null;
    var d = String(raw)
      .trim()
      .toUpperCase()
      .replace(/^BE/, '')
      .replace(/\(0\)/g, '')
      .replace(/[\s.\-/]/g, '');
    if (/^\d{9}$/.test(d)) d = '0' + d;
    return /^\d{10}$/.test(d) ? d : null;
  }

  function render(el) {
    var style = el.getAttribute('data-drift-kbo') || 'compact';
    var params;
    try {
      params = new URLSearchParams(window.location.search);
    } catch (e) {
      params = null;
    }
    var d =
      digitsOf(params ? params.get('kbo') : null) ||
      digitsOf(el.getAttribute('data-default')) ||
      digitsOf(el.textContent);
    if (!d) return;
    var text = d;
    if (style === 'spaced') text = d.slice(0, 4) + ' ' + d.slice(4, 7) + ' ' + d.slice(7);
    else if (style === 'vat') text = 'BE' + d;
    if (el.textContent !== text) el.textContent = text;
  }

  function apply(root) {
    var scope = root || document;
    var list = scope.querySelectorAll('[data-drift-kbo]');
    for (var i = 0; i < list.length; i++) render(list[i]);
  }

  apply(document);
  // replica.js may run after us in some DOMs: apply once more when the current tasks are done.
  setTimeout(() => {
    apply(document);
  }, 0);
  window.LoketDrift = { apply: apply };
})();
