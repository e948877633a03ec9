/*
 * Gebruikersbeheer "drift" variant: small page behaviour (classic script, no imports).
 * - [data-dg-menu] button: toggles the element named by aria-controls (user menu).
 * - [data-dg-filter="<table id>"] input: hides table rows whose text does not contain the input.
 * - table[data-dg-pick]: a click on a row checks the row's radio/checkbox; the row of a checked
 *   input gets class is-selected.
 */
(() => {
  function initMenus() {
    var toggles = document.querySelectorAll('[data-dg-menu]');
    Array.prototype.forEach.call(toggles, (button) => {
      var id = button.getAttribute('aria-controls');
      var menu = id ? document.getElementById(id) : null;
      if (!menu) return;
      button.addEventListener('click', () => {
        var open = button.getAttribute('aria-expanded') === 'true';
        button.setAttribute('aria-expanded', open ? 'false' : 'true');
        menu.hidden = open;
      });
      document.addEventListener('keydown', (event) => {
        if (event.key === 'Escape' && !menu.hidden) {
          menu.hidden = true;
          button.setAttribute('aria-expanded', 'false');
        }
      });
    });
  }

  function initFilters() {
    var inputs = document.querySelectorAll('[data-dg-filter]');
    Array.prototype.forEach.call(inputs, (input) => {
      var table = document.getElementById(input.getAttribute('data-dg-filter') || '');
      if (!table) return;
      input.addEventListener('input', () => {
        var needle = String(input.value || '')
          .trim()
          .toLowerCase();
        var rows = table.querySelectorAll('tbody tr');
        Array.prototype.forEach.call(rows, (row) => {
          var text = String(row.textContent || '').toLowerCase();
          row.hidden = needle !== '' && text.indexOf(needle) === -1;
        });
      });
    });
  }

  function markRows(table) {
    var rows = table.querySelectorAll('tbody tr');
    Array.prototype.forEach.call(rows, (row) => {
      var input = row.querySelector('input[type="radio"], input[type="checkbox"]');
      if (!input) return;
      if (input.checked) row.classList.add('is-selected');
      else row.classList.remove('is-selected');
    });
  }

  function initPickTables() {
    var tables = document.querySelectorAll('table[data-dg-pick]');
    Array.prototype.forEach.call(tables, (table) => {
      table.addEventListener('click', (event) => {
        var target = event.target;
        if (!target || !target.closest) return;
        if (target.closest('input, a, button, label, select')) {
          setTimeout(() => {
            markRows(table);
          }, 0);
          return;
        }
        var row = target.closest('tbody tr');
        if (!row) return;
        var input = row.querySelector('input[type="radio"], input[type="checkbox"]');
        if (!input) return;
        input.checked = input.type === 'radio' ? true : !input.checked;
        input.dispatchEvent(new Event('change', { bubbles: true }));
        markRows(table);
      });
      table.addEventListener('change', () => {
        markRows(table);
      });
      markRows(table);
    });
  }

  function init() {
    try {
      initMenus();
      initFilters();
      initPickTables();
    } catch (error) {
      // never break the page
      if (window.console && console.warn) console.warn('drift-gb:', error);
    }
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
