/*
 * Loketgids practice replicas — blind `lit` runtime for the social security portal (sz).
 * Written without knowledge of the guide's detectors; imitates how design-system web components
 * render after their JavaScript ran. Plain browser JS, no imports; every step is guarded so the
 * page never throws.
 *
 * <sz-portal-app>       app shell. Renders its <template> child (the one whose data-path equals the
 *                       current path, else the first) into an OPEN shadow root 400–900 ms after load;
 *                       until then its light-DOM children (a loading text) show. When rendered it sets
 *                       data-rendered="true", re-runs LoketReplica.apply(shadowRoot) and fires
 *                       `sz-portal-render` (bubbles, composed).
 * <szb-header>          functional header; texts only in data-vl-title / data-vl-sub-title
 *                       (data-vl-link = title href); slots "actions" and "context".
 * <szb-title>           heading from data-vl-title (data-vl-level 1–4, data-vl-caps).
 * <szb-button>          Lit-style button: the real <button> lives in the shadow root, its label is the
 *                       slotted light DOM. data-vl-type="submit" submits the closest form;
 *                       data-vl-secondary / -tertiary / -narrow, data-vl-icon, data-vl-aria-label,
 *                       data-vl-disabled. Fires `vl-click`. Navigation via data-href on the host.
 * <szb-spotlight>       tile: <a class="vl-spotlight"> inside the shadow root (data-vl-href), title
 *                       and subtitle through slots "title" / "subtitle".
 * <szb-nav-item>        side-menu entry: <a> in the shadow root, text only in data-vl-label,
 *                       data-vl-href, data-vl-current.
 * <szb-input-field>     label/annotation from data-vl-label / data-vl-annotation; the <input> is in
 *                       the shadow root; a hidden light-DOM <input name> carries the value for GET
 *                       forms (passwords are not copied). data-vl-type, data-vl-value,
 *                       data-vl-placeholder, data-vl-readonly, data-vl-required.
 * <szb-select>          same, options read from the light-DOM <option> children.
 * <szb-checkbox>, <szb-radio>
 *                       the <input> in the shadow root, label only in data-vl-label; hidden light-DOM
 *                       input enabled only when checked; radios with the same name exclude each
 *                       other within the same tree. data-vl-checked, value.
 * <szb-alert>           title only in data-vl-title, message through the default slot;
 *                       data-vl-type info|success|warning|error.
 * <szb-accordion>       toggle text only in data-vl-toggle-text; content (slot) hidden until opened;
 *                       data-vl-open.
 * Anywhere (document or shadow trees): clicking an element with data-href="/path" navigates there
 * (Enter does the same on a focusable data-href element).
 */
(() => {
  const STYLES = ['/practice/assets/vl.css', '/practice/assets/blind-sz-lit.css'];
  const MIN_DELAY = 400;
  const MAX_DELAY = 900;

  function guard(label, fn) {
    try {
      return fn();
    } catch (error) {
      try {
        console.warn(`[blind-sz-lit] ${label}:`, error);
      } catch {
        // no console
      }
      return undefined;
    }
  }

  function el(tag, attrs, children) {
    const node = document.createElement(tag);
    if (attrs) {
      for (const [name, value] of Object.entries(attrs)) {
        if (value === null || value === undefined || value === false) continue;
        if (name === 'text') node.textContent = String(value);
        else node.setAttribute(name, value === true ? '' : String(value));
      }
    }
    for (const child of children || []) if (child) node.append(child);
    return node;
  }

  function addStyles(root) {
    for (const href of STYLES) root.append(el('link', { rel: 'stylesheet', href }));
  }

  let uid = 0;
  function nextId(prefix) {
    uid += 1;
    return `${prefix}-${uid}`;
  }

  function submitClosestForm(node) {
    const form = node && typeof node.closest === 'function' ? node.closest('form') : null;
    if (!form) return;
    if (typeof form.requestSubmit === 'function') form.requestSubmit();
    else form.submit();
  }

  function navigate(href) {
    if (!href) return;
    guard('navigate', () => location.assign(href));
  }

  const Base = typeof HTMLElement === 'function' ? HTMLElement : class {};

  class SzbElement extends Base {
    connectedCallback() {
      if (this.shadowRoot) return;
      guard(`render ${this.localName}`, () => {
        const root = this.attachShadow({ mode: 'open' });
        addStyles(root);
        this.render(root);
      });
    }
    vl(name, fallback = '') {
      const value = this.getAttribute(`data-vl-${name}`);
      return value === null ? fallback : value;
    }
    flag(name) {
      const value = this.getAttribute(`data-vl-${name}`);
      return value !== null && value !== 'false';
    }
    render() {}
  }

  class SzbHeader extends SzbElement {
    render(root) {
      const link = this.vl('link', '/');
      const title = el('h1', { class: 'vl-title blind-lit-header__title' }, [
        el('a', { class: 'vl-functional-header__title', href: link, text: this.vl('title') }),
      ]);
      const sub = this.vl('sub-title')
        ? el('p', { class: 'vl-functional-header__sub', text: this.vl('sub-title') })
        : null;
      root.append(
        el('header', { class: 'vl-functional-header', part: 'header' }, [
          el('div', { class: 'vl-functional-header__row' }, [
            el('div', { class: 'vl-functional-header__content' }, [title, sub]),
            el('div', { class: 'blind-lit-header__actions' }, [el('slot', { name: 'actions' })]),
          ]),
          el('slot', { name: 'context' }),
        ]),
      );
    }
  }

  class SzbTitle extends SzbElement {
    render(root) {
      let level = Number.parseInt(this.vl('level', '2'), 10);
      if (!(level >= 1 && level <= 4)) level = 2;
      const cls = ['vl-title', `vl-title--h${level}`];
      if (this.flag('caps')) cls.push('vl-title--caps');
      if (this.flag('border')) cls.push('vl-title--has-border');
      root.append(el(`h${level}`, { class: cls.join(' '), part: 'title', text: this.vl('title') }), el('slot'));
    }
  }

  class SzbButton extends SzbElement {
    render(root) {
      const cls = ['vl-button'];
      if (this.flag('secondary')) cls.push('vl-button--secondary');
      if (this.flag('tertiary')) cls.push('vl-button--tertiary');
      if (this.flag('narrow')) cls.push('vl-button--narrow');
      const icon = this.vl('icon');
      if (icon) cls.push('blind-lit-button--icon');
      const button = el('button', {
        class: cls.join(' '),
        part: 'button',
        type: 'button',
        'aria-label': this.vl('aria-label') || null,
        title: this.vl('aria-label') || null,
        disabled: this.flag('disabled'),
      });
      if (icon) button.append(el('span', { class: `blind-lit-icon blind-lit-icon--${icon}`, 'aria-hidden': 'true' }));
      button.append(el('slot'));
      button.addEventListener('click', () => {
        guard('button click', () => {
          this.dispatchEvent(new CustomEvent('vl-click', { bubbles: true, composed: true }));
          if (this.vl('type') === 'submit') submitClosestForm(this);
        });
      });
      root.append(button);
    }
  }

  class SzbSpotlight extends SzbElement {
    render(root) {
      root.append(
        el('a', { class: 'vl-spotlight vl-spotlight--link', href: this.vl('href', '#'), part: 'link' }, [
          el('article', null, [
            el('h3', { class: 'vl-spotlight__title' }, [el('slot', { name: 'title' })]),
            el('div', { class: 'vl-spotlight__content' }, [el('slot', { name: 'subtitle' })]),
          ]),
        ]),
      );
    }
  }

  class SzbNavItem extends SzbElement {
    render(root) {
      const current = this.flag('current');
      root.append(
        el('a', {
          class: `vl-side-navigation__tile${current ? ' blind-lit-nav--current' : ''}`,
          href: this.vl('href', '#'),
          'aria-current': current ? 'page' : null,
          part: 'link',
          text: this.vl('label'),
        }),
      );
    }
  }

  /** The hidden light-DOM input that a GET form submits; reused when the page already has one. */
  function hiddenCarrier(host, name) {
    if (!name) return null;
    let carrier = null;
    for (const child of host.children) {
      if (child.localName === 'input' && child.getAttribute('name') === name) carrier = child;
    }
    if (!carrier) {
      carrier = el('input', { type: 'hidden', name });
      host.append(carrier);
    } else {
      carrier.type = 'hidden';
    }
    return carrier;
  }

  class SzbInputField extends SzbElement {
    render(root) {
      const id = nextId('szb-input');
      const type = this.vl('type', 'text');
      const name = this.getAttribute('name') || '';
      const annotation = this.vl('annotation');
      const input = el('input', {
        id,
        class: 'vl-input-field vl-input-field--block',
        type,
        part: 'input',
        placeholder: this.vl('placeholder') || null,
        readonly: this.flag('readonly'),
        required: this.flag('required'),
        autocomplete: this.vl('autocomplete') || null,
        'aria-describedby': annotation ? `${id}-hint` : null,
      });
      const carrier = type === 'password' ? null : hiddenCarrier(this, name);
      const initial = this.vl('value') || (carrier ? carrier.value : '');
      input.value = initial;
      if (carrier) carrier.value = initial;
      input.addEventListener('input', () => {
        if (carrier) carrier.value = input.value;
        this.dispatchEvent(
          new CustomEvent('vl-input', { bubbles: true, composed: true, detail: { value: input.value } }),
        );
      });
      input.addEventListener('keydown', (event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          guard('enter submit', () => submitClosestForm(this));
        }
      });
      root.append(
        el('div', { class: 'vl-form__group blind-lit-field' }, [
          el('label', { class: 'vl-form__label', for: id, text: this.vl('label') }),
          input,
          annotation ? el('span', { class: 'vl-form__annotation', id: `${id}-hint`, text: annotation }) : null,
        ]),
      );
    }
  }

  class SzbSelect extends SzbElement {
    render(root) {
      const id = nextId('szb-select');
      const name = this.getAttribute('name') || '';
      const select = el('select', { id, class: 'vl-select', part: 'select' });
      for (const option of this.querySelectorAll('option')) {
        const copy = el('option', { value: option.value, text: option.textContent });
        if (option.selected || option.hasAttribute('selected')) copy.selected = true;
        select.append(copy);
      }
      const carrier = hiddenCarrier(this, name);
      const sync = () => {
        if (carrier) carrier.value = select.value;
      };
      sync();
      select.addEventListener('change', sync);
      const annotation = this.vl('annotation');
      root.append(
        el('div', { class: 'vl-form__group blind-lit-field' }, [
          el('label', { class: 'vl-form__label', for: id, text: this.vl('label') }),
          select,
          annotation ? el('span', { class: 'vl-form__annotation', text: annotation }) : null,
        ]),
      );
    }
  }

  class SzbChoice extends SzbElement {
    get kind() {
      return 'checkbox';
    }
    render(root) {
      const id = nextId(`szb-${this.kind}`);
      const name = this.getAttribute('name') || '';
      const value = this.getAttribute('value') || 'on';
      const input = el('input', { id, type: this.kind, name: `${name}__shadow`, value, part: 'input' });
      input.checked = this.flag('checked');
      this.input = input;
      this.carrier = hiddenCarrier(this, name);
      if (this.carrier) this.carrier.value = value;
      this.sync();
      input.addEventListener('change', () => {
        guard('choice change', () => {
          if (this.kind === 'radio' && input.checked) this.uncheckSiblings(name);
          this.sync();
          this.dispatchEvent(
            new CustomEvent('vl-change', { bubbles: true, composed: true, detail: { checked: input.checked, value } }),
          );
        });
      });
      const annotation = this.vl('annotation');
      root.append(
        el('div', { class: `vl-${this.kind} blind-lit-choice` }, [
          input,
          el('label', { for: id, class: 'blind-lit-choice__label' }, [
            el('span', { text: this.vl('label') }),
            annotation ? el('span', { class: 'vl-form__annotation', text: annotation }) : null,
          ]),
        ]),
      );
    }
    get checked() {
      return Boolean(this.input?.checked);
    }
    set checked(on) {
      if (!this.input) return;
      this.input.checked = Boolean(on);
      this.sync();
    }
    sync() {
      if (this.carrier) this.carrier.disabled = !this.checked;
      if (this.checked) this.setAttribute('data-vl-checked', '');
      else this.removeAttribute('data-vl-checked');
    }
    uncheckSiblings(name) {
      const scope = this.getRootNode();
      if (!scope || typeof scope.querySelectorAll !== 'function') return;
      for (const other of scope.querySelectorAll(this.localName)) {
        if (other !== this && other.getAttribute('name') === name && 'checked' in other) other.checked = false;
      }
    }
  }

  class SzbCheckbox extends SzbChoice {}

  class SzbRadio extends SzbChoice {
    get kind() {
      return 'radio';
    }
  }

  class SzbAlert extends SzbElement {
    render(root) {
      const type = this.vl('type', 'info');
      const modifier = ['success', 'warning', 'error'].includes(type) ? ` vl-alert--${type}` : '';
      root.append(
        el('div', { class: `vl-alert${modifier}`, role: type === 'error' ? 'alert' : 'status', part: 'alert' }, [
          this.vl('title') ? el('p', { class: 'vl-alert__title', text: this.vl('title') }) : null,
          el('div', { class: 'vl-alert__message' }, [el('slot')]),
        ]),
      );
    }
  }

  class SzbAccordion extends SzbElement {
    render(root) {
      const id = nextId('szb-acc');
      const open = this.flag('open');
      const toggle = el(
        'button',
        {
          type: 'button',
          class: 'blind-lit-accordion__toggle',
          'aria-expanded': open ? 'true' : 'false',
          'aria-controls': id,
          part: 'toggle',
        },
        [
          el('span', { class: 'blind-lit-accordion__chevron', 'aria-hidden': 'true' }),
          el('span', { text: this.vl('toggle-text') }),
        ],
      );
      const panel = el('div', { id, class: 'blind-lit-accordion__panel', hidden: !open, part: 'panel' }, [el('slot')]);
      toggle.addEventListener('click', () => {
        const expanded = toggle.getAttribute('aria-expanded') === 'true';
        toggle.setAttribute('aria-expanded', expanded ? 'false' : 'true');
        panel.hidden = expanded;
        if (expanded) this.removeAttribute('data-vl-open');
        else this.setAttribute('data-vl-open', '');
      });
      root.append(el('div', { class: 'blind-lit-accordion' }, [toggle, panel]));
    }
  }

  class SzPortalApp extends Base {
    connectedCallback() {
      if (this.started) return;
      this.started = true;
      const delay = MIN_DELAY + Math.floor(Math.random() * (MAX_DELAY - MIN_DELAY + 1));
      setTimeout(() => guard('app render', () => this.renderApp()), delay);
    }
    pickTemplate() {
      const templates = Array.from(this.querySelectorAll(':scope > template'));
      const path = location.pathname;
      return templates.find((t) => t.getAttribute('data-path') === path) || templates[0] || null;
    }
    renderApp() {
      if (this.shadowRoot) return;
      const template = this.pickTemplate();
      const root = this.attachShadow({ mode: 'open' });
      addStyles(root);
      if (template) root.append(document.importNode(template.content, true));
      else root.append(el('p', { class: 'blind-lit-error', text: 'Deze pagina kon niet geladen worden.' }));
      this.setAttribute('data-rendered', 'true');
      guard('replica apply', () => {
        if (window.LoketReplica && typeof window.LoketReplica.apply === 'function') window.LoketReplica.apply(root);
      });
      const focusTarget = root.querySelector('[data-sz-autofocus]');
      if (focusTarget && typeof focusTarget.focus === 'function') guard('focus', () => focusTarget.focus());
      this.dispatchEvent(new CustomEvent('sz-portal-render', { bubbles: true, composed: true }));
    }
  }

  function hrefTarget(event) {
    const path = typeof event.composedPath === 'function' ? event.composedPath() : [event.target];
    for (const node of path) {
      if (node?.nodeType !== 1) continue;
      if (node.localName === 'a' && node.hasAttribute('href')) return null; // an ordinary link
      if (node.localName === 'button' && node.type === 'submit' && node.form) return null;
      if (node.hasAttribute('data-href')) return node;
    }
    return null;
  }

  guard('listeners', () => {
    document.addEventListener('click', (event) => {
      if (event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const target = hrefTarget(event);
      if (!target || target.hasAttribute('data-vl-disabled')) return;
      event.preventDefault();
      navigate(target.getAttribute('data-href'));
    });
    document.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' || event.defaultPrevented) return;
      const first = typeof event.composedPath === 'function' ? event.composedPath()[0] : event.target;
      if (first?.nodeType !== 1 || first.localName === 'button' || first.localName === 'a') return;
      if (!first.hasAttribute('data-href')) return;
      event.preventDefault();
      navigate(first.getAttribute('data-href'));
    });
  });

  guard('define', () => {
    if (typeof customElements === 'undefined' || typeof HTMLElement !== 'function') return;
    const defs = [
      ['szb-header', SzbHeader],
      ['szb-title', SzbTitle],
      ['szb-button', SzbButton],
      ['szb-spotlight', SzbSpotlight],
      ['szb-nav-item', SzbNavItem],
      ['szb-input-field', SzbInputField],
      ['szb-select', SzbSelect],
      ['szb-checkbox', SzbCheckbox],
      ['szb-radio', SzbRadio],
      ['szb-alert', SzbAlert],
      ['szb-accordion', SzbAccordion],
      ['sz-portal-app', SzPortalApp],
    ];
    for (const [name, cls] of defs)
      guard(`define ${name}`, () => {
        if (!customElements.get(name)) customElements.define(name, cls);
      });
  });
})();
