/*
 * blind-wpd-lit.js: runtime for the `lit` variant of the Werkplek Duaal practice pages
 * (app.werkplekduaal.be). Written blind: from the seeds, DOMAIN.md and the public structure of the
 * Flemish design-system components, without having seen how the guide recognises pages.
 *
 * It imitates what a Lit app built from those components leaves in the DOM once it has run:
 * - <werkplek-duaal-app>: the app shell. 400–900 ms after load it attaches an OPEN shadow root and
 *   renders its <template> child into it. Before that, only its light-DOM loading text is there.
 *   Once rendered it sets data-app-ready and fires a composed `wpd-app-ready` event.
 * - <vl-functional-header data-vl-title data-vl-sub-title data-vl-link data-vl-back
 *   data-vl-back-link>: these texts exist only in the attributes; the component copies them into
 *   its shadow root. Slots: actions, sub-header.
 * - <vl-button-next>: the real <button> lives in the shadow root, the label comes in through the
 *   default slot. Attributes: secondary | tertiary | error, icon="arrow-right|search|plus|…",
 *   type="submit|reset" (submits / resets the closest light-DOM form), disabled,
 *   data-vl-aria-label (copied onto the inner button: icon buttons). Fires `vl-click`.
 * - <vl-tabs data-vl-label> with <vl-tab data-vl-label data-href data-vl-active>: tab texts only in
 *   attributes.
 * - <vl-spotlight data-vl-link>: renders <a class="vl-spotlight"> in its shadow root; slots title,
 *   text.
 * - <vl-info-tile>: slots title, subtitle, content (+ default); attribute data-vl-badge.
 * - <vl-alert data-vl-title data-vl-type="info|warning|error|success" data-vl-closable>.
 * - <wpd-panel data-vl-title data-vl-level>: a titled section; the heading only in the attribute.
 * - <wpd-profile data-vl-role>: the grey organisation box; slots org, kbo, menu.
 * - <vl-description-data-item data-vl-label>: label only in the attribute, value in the slot.
 * - <vl-radio-group data-vl-name data-vl-label data-vl-required> with <vl-radio data-vl-value
 *   data-vl-label [checked]>: the radios are inside the shadow roots; the group keeps a hidden
 *   light-DOM <input type="hidden" name=…> so an ordinary GET form still carries the choice.
 * - <vl-input-field-next name data-vl-label placeholder>: visible <input> in the shadow root, a
 *   hidden light-DOM <input type="hidden" name=…> kept in sync; Enter submits the closest form.
 * - <table is="vl-data-table">, <a is="vl-link">: customised built-ins that only get their vl-*
 *   class once this script runs.
 * - Any element with data-href="/path" (in the document or in any open shadow root) navigates there
 *   when clicked (or on Enter when it is focusable). data-replica-keep="kbo org" on it (and on
 *   vl-spotlight / vl-functional-header) carries those query parameters along, like replica.js does
 *   for <a> and <form>.
 * replica.js (loaded before this file) is re-applied to the rendered template, so data-replica=…
 * elements and data-replica-cookie notices inside the shadow root work as in the other variants.
 *
 * Plain browser JS, no imports, no network besides its own stylesheet; nothing here may throw.
 */
(() => {
  if (typeof window === 'undefined' || typeof document === 'undefined') return;
  if (!window.customElements || typeof HTMLElement === 'undefined') return;

  const CSS_HREF = '/practice/assets/blind-wpd-lit.css';

  function safe(fn, fallback) {
    try {
      return fn();
    } catch (err) {
      if (window.console && console.warn) console.warn('[blind-wpd-lit]', err);
      return fallback;
    }
  }

  function define(name, ctor, options) {
    safe(() => {
      if (!customElements.get(name)) customElements.define(name, ctor, options);
    });
  }

  /** Tiny element factory: h('a', { href: '/' , class: 'x' }, 'text', child). */
  function h(tag, props, ...children) {
    const node = document.createElement(tag);
    if (props) {
      for (const key of Object.keys(props)) {
        const value = props[key];
        if (value === null || value === undefined || value === false) continue;
        if (key === 'text') node.textContent = String(value);
        else if (value === true) node.setAttribute(key, '');
        else node.setAttribute(key, String(value));
      }
    }
    for (const child of children) {
      if (child === null || child === undefined || child === false) continue;
      node.append(typeof child === 'string' ? document.createTextNode(child) : child);
    }
    return node;
  }

  function styled(root) {
    root.append(h('link', { rel: 'stylesheet', href: CSS_HREF }));
  }

  let uid = 0;
  function nextId(prefix) {
    uid += 1;
    return `${prefix}-${uid}`;
  }

  /** href with the listed query parameters of the current URL added (unless already present). */
  function withKept(href, keep) {
    return safe(() => {
      const url = new URL(href, location.href);
      const names = String(keep || '')
        .split(/\s+/)
        .filter(Boolean);
      const current = new URLSearchParams(location.search);
      for (const name of names) {
        if (url.searchParams.has(name)) continue;
        for (const v of current.getAll(name)) url.searchParams.append(name, v);
      }
      return url.origin === location.origin ? url.pathname + url.search + url.hash : url.href;
    }, href);
  }

  function go(node) {
    const raw = node.getAttribute('data-href');
    if (!raw) return;
    const href = withKept(raw, node.getAttribute('data-replica-keep'));
    safe(() => {
      const target = new URL(href, location.href);
      const here = new URL(location.href);
      if (target.hash && target.pathname === here.pathname && target.search === here.search) {
        location.hash = target.hash;
      } else {
        location.assign(target.href);
      }
    });
  }

  function isDisabled(node) {
    return node.hasAttribute('disabled') || node.getAttribute('aria-disabled') === 'true';
  }

  function closestForm(node) {
    return safe(() => (node.closest ? node.closest('form') : null), null);
  }

  function submitForm(form) {
    if (!form) return;
    safe(() => {
      if (typeof form.requestSubmit === 'function') form.requestSubmit();
      else form.submit();
    });
  }

  // ---- global navigation for data-href (through open shadow roots) ---------------------------
  document.addEventListener('click', (ev) => {
    safe(() => {
      if (ev.defaultPrevented || ev.button !== 0) return;
      if (ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
      const path = typeof ev.composedPath === 'function' ? ev.composedPath() : [ev.target];
      for (const node of path) {
        if (!(node instanceof Element)) continue;
        if (node.tagName === 'A' && node.hasAttribute('href')) return; // a real link navigates itself
        if (node.hasAttribute('data-href')) {
          if (isDisabled(node)) return;
          ev.preventDefault();
          go(node);
          return;
        }
      }
    });
  });

  document.addEventListener('keydown', (ev) => {
    safe(() => {
      if (ev.key !== 'Enter' && ev.key !== ' ') return;
      const path = typeof ev.composedPath === 'function' ? ev.composedPath() : [ev.target];
      const first = path[0];
      if (!(first instanceof Element)) return;
      if (/^(A|BUTTON|INPUT|SELECT|TEXTAREA)$/.test(first.tagName)) return; // native behaviour
      const role = first.getAttribute('role');
      if (role !== 'link' && role !== 'button' && role !== 'tab') return;
      if (ev.key === ' ' && role === 'link') return;
      for (const node of path) {
        if (node instanceof Element && node.hasAttribute('data-href')) {
          if (isDisabled(node)) return;
          ev.preventDefault();
          go(node);
          return;
        }
      }
    });
  });

  // ---- base class ---------------------------------------------------------------------------
  class VlBase extends HTMLElement {
    connectedCallback() {
      safe(() => {
        if (!this.shadowRoot) {
          this.attachShadow({ mode: 'open' });
          if (this.setup) this.setup();
        }
        this.refresh();
      });
    }

    attributeChangedCallback() {
      if (this.shadowRoot && this.isConnected) this.refresh();
    }

    refresh() {
      safe(() => {
        const root = this.shadowRoot;
        if (!root) return;
        root.replaceChildren();
        styled(root);
        this.paint(root);
      });
    }

    attr(name, fallback) {
      const v = this.getAttribute(name);
      return v === null ? (fallback === undefined ? '' : fallback) : v;
    }

    paint() {}
  }

  // ---- app shell ----------------------------------------------------------------------------
  class WerkplekDuaalApp extends HTMLElement {
    connectedCallback() {
      if (this._scheduled) return;
      this._scheduled = true;
      const delay = 400 + Math.floor(Math.random() * 500);
      setTimeout(() => safe(() => this.render()), delay);
    }

    render() {
      if (this.shadowRoot) return;
      const templates = Array.from(this.children).filter((c) => c.tagName === 'TEMPLATE');
      if (templates.length === 0) return;
      const template =
        templates.find((t) => t.getAttribute('data-path') === location.pathname) ||
        templates.find((t) => !t.hasAttribute('data-path')) ||
        templates[0];
      const root = this.attachShadow({ mode: 'open' });
      styled(root);
      const fragment = document.importNode(template.content, true);
      safe(() => {
        if (window.LoketReplica && typeof window.LoketReplica.apply === 'function') {
          window.LoketReplica.apply(fragment);
        }
      });
      root.append(fragment);
      this.setAttribute('data-app-ready', '');
      safe(() => {
        const title = template.getAttribute('data-title');
        if (title) document.title = title;
      });
      this.dispatchEvent(new CustomEvent('wpd-app-ready', { bubbles: true, composed: true }));
    }
  }

  // ---- functional header ----------------------------------------------------------------------
  class VlFunctionalHeader extends VlBase {
    static get observedAttributes() {
      return ['data-vl-title', 'data-vl-sub-title', 'data-vl-link', 'data-vl-back', 'data-vl-back-link'];
    }

    paint(root) {
      const keep = this.attr('data-replica-keep');
      const link = withKept(this.attr('data-vl-link', '/'), keep);
      const back = this.attr('data-vl-back');
      const backLink = this.attr('data-vl-back-link');
      const sub = this.attr('data-vl-sub-title');
      root.append(
        h(
          'header',
          { class: 'vl-functional-header', part: 'header' },
          h(
            'div',
            { class: 'vl-functional-header__row' },
            h(
              'div',
              { class: 'vl-functional-header__content' },
              h(
                'h1',
                { class: 'vl-title' },
                h('a', { class: 'vl-functional-header__title', href: link, text: this.attr('data-vl-title') }),
              ),
            ),
            h('div', { class: 'vl-functional-header__actions' }, h('slot', { name: 'actions' })),
          ),
          h(
            'div',
            { class: 'vl-functional-header__sub' },
            back && backLink
              ? h(
                  'a',
                  { class: 'vl-functional-header__back', href: withKept(backLink, keep) },
                  h('span', { class: 'vl-icon vl-icon--arrow-left', 'aria-hidden': 'true' }),
                  h('span', { text: back }),
                )
              : null,
            sub ? h('span', { class: 'vl-functional-header__sub__title', text: sub }) : null,
            h('slot', { name: 'sub-header' }),
          ),
        ),
      );
    }
  }

  // ---- profile box (organisation, role, KBO) ----------------------------------------------------
  class WpdProfile extends VlBase {
    static get observedAttributes() {
      return ['data-vl-role'];
    }

    paint(root) {
      const role = this.attr('data-vl-role');
      root.append(
        h(
          'div',
          { class: 'wpd-profile', part: 'box' },
          h('span', { class: 'wpd-profile__icon', 'aria-hidden': 'true' }),
          h(
            'div',
            { class: 'wpd-profile__who' },
            h('span', { class: 'wpd-profile__org' }, h('slot', { name: 'org' })),
            role ? h('span', { class: 'wpd-profile__role', text: role }) : null,
            h('span', { class: 'wpd-profile__kbo' }, h('slot', { name: 'kbo' })),
          ),
        ),
        h(
          'nav',
          { class: 'wpd-profile__menu', 'aria-label': this.attr('data-vl-menu-label', 'Gebruikersmenu') },
          h('slot', { name: 'menu' }),
        ),
      );
    }
  }

  // ---- button ---------------------------------------------------------------------------------
  class VlButtonNext extends VlBase {
    static get observedAttributes() {
      return ['disabled', 'secondary', 'tertiary', 'error', 'icon', 'data-vl-aria-label', 'type'];
    }

    paint(root) {
      const classes = ['vl-button'];
      if (this.hasAttribute('secondary')) classes.push('vl-button--secondary');
      if (this.hasAttribute('tertiary')) classes.push('vl-button--tertiary');
      if (this.hasAttribute('error')) classes.push('vl-button--error');
      const icon = this.attr('icon');
      const iconOnly = this.hasAttribute('icon-only');
      if (iconOnly) classes.push('vl-button--icon');
      const button = h(
        'button',
        {
          type: 'button',
          class: classes.join(' '),
          part: 'button',
          disabled: this.hasAttribute('disabled'),
          'aria-label': this.getAttribute('data-vl-aria-label'),
        },
        icon ? h('span', { class: `vl-icon vl-icon--${icon}`, 'aria-hidden': 'true' }) : null,
        h('span', { class: 'vl-button__label' }, h('slot')),
      );
      button.addEventListener('click', (ev) => {
        safe(() => {
          if (this.hasAttribute('disabled')) return;
          this.dispatchEvent(new CustomEvent('vl-click', { bubbles: true, composed: true }));
          const type = this.attr('type');
          if (type === 'submit') {
            ev.preventDefault();
            submitForm(closestForm(this));
          } else if (type === 'reset') {
            const form = closestForm(this);
            if (form) form.reset();
          }
        });
      });
      root.append(button);
    }
  }

  // ---- tabs -----------------------------------------------------------------------------------
  class VlTabs extends VlBase {
    paint(root) {
      root.append(
        h(
          'nav',
          { class: 'vl-tabs__wrapper', 'aria-label': this.attr('data-vl-label', 'Navigatie') },
          h('div', { class: 'vl-tabs', role: 'list' }, h('slot')),
        ),
      );
    }
  }

  class VlTab extends VlBase {
    static get observedAttributes() {
      return ['data-vl-label', 'data-vl-active'];
    }

    paint(root) {
      this.setAttribute('role', 'listitem');
      const active = this.hasAttribute('data-vl-active');
      root.append(
        h('span', {
          class: active ? 'vl-tab vl-tab--active' : 'vl-tab',
          role: 'link',
          tabindex: '0',
          'aria-current': active ? 'page' : null,
          text: this.attr('data-vl-label'),
        }),
      );
    }
  }

  // ---- spotlight --------------------------------------------------------------------------------
  class VlSpotlight extends VlBase {
    static get observedAttributes() {
      return ['data-vl-link'];
    }

    paint(root) {
      const link = this.getAttribute('data-vl-link');
      // <div>, not <article>: Chromium computes no link name through an article.
      const inner = h(
        'div',
        { class: 'vl-spotlight__content' },
        h('h3', { class: 'vl-spotlight__title' }, h('slot', { name: 'title' })),
        h('p', { class: 'vl-spotlight__subtitle' }, h('slot', { name: 'text' })),
      );
      root.append(
        link
          ? h(
              'a',
              { class: 'vl-spotlight vl-spotlight--link', href: withKept(link, this.attr('data-replica-keep')) },
              inner,
            )
          : h('div', { class: 'vl-spotlight' }, inner),
      );
    }
  }

  // ---- info tile ------------------------------------------------------------------------------
  class VlInfoTile extends VlBase {
    static get observedAttributes() {
      return ['data-vl-badge'];
    }

    paint(root) {
      const badge = this.attr('data-vl-badge');
      root.append(
        h(
          'article',
          { class: 'vl-info-tile' },
          h(
            'header',
            { class: 'vl-info-tile__header' },
            badge ? h('span', { class: 'vl-pill', text: badge }) : null,
            h('h3', { class: 'vl-info-tile__header__title' }, h('slot', { name: 'title' })),
            h('p', { class: 'vl-info-tile__header__subtitle' }, h('slot', { name: 'subtitle' })),
          ),
          h('div', { class: 'vl-info-tile__content' }, h('slot', { name: 'content' }), h('slot')),
        ),
      );
    }
  }

  // ---- alert ----------------------------------------------------------------------------------
  class VlAlert extends VlBase {
    static get observedAttributes() {
      return ['data-vl-title', 'data-vl-type', 'data-vl-closable'];
    }

    paint(root) {
      const type = this.attr('data-vl-type', 'info');
      const box = h(
        'div',
        { class: `vl-alert vl-alert--${type}`, role: type === 'error' || type === 'warning' ? 'alert' : 'status' },
        h('span', { class: `vl-alert__icon vl-icon vl-icon--${type}`, 'aria-hidden': 'true' }),
        h(
          'div',
          { class: 'vl-alert__body' },
          this.hasAttribute('data-vl-title')
            ? h('p', { class: 'vl-alert__title', text: this.attr('data-vl-title') })
            : null,
          h('div', { class: 'vl-alert__message' }, h('slot')),
          h('div', { class: 'vl-alert__actions' }, h('slot', { name: 'actions' })),
        ),
      );
      if (this.hasAttribute('data-vl-closable')) {
        const close = h(
          'button',
          { type: 'button', class: 'vl-alert__close', 'aria-label': 'Melding sluiten' },
          h('span', { class: 'vl-icon vl-icon--close', 'aria-hidden': 'true' }),
        );
        close.addEventListener('click', () => {
          this.hidden = true;
          this.dispatchEvent(new CustomEvent('vl-close', { bubbles: true, composed: true }));
        });
        box.append(close);
      }
      root.append(box);
    }
  }

  // ---- titled panel ---------------------------------------------------------------------------
  class WpdPanel extends VlBase {
    static get observedAttributes() {
      return ['data-vl-title', 'data-vl-level', 'data-vl-sub-title'];
    }

    paint(root) {
      const level = Math.min(6, Math.max(1, Number.parseInt(this.attr('data-vl-level', '2'), 10) || 2));
      const id = nextId('wpd-panel-title');
      const sub = this.attr('data-vl-sub-title');
      root.append(
        h(
          'section',
          { class: 'wpd-panel', 'aria-labelledby': id },
          h(
            'div',
            { class: 'wpd-panel__head' },
            h(`h${level}`, { id, class: `vl-title vl-title--h${level}`, text: this.attr('data-vl-title') }),
            h('div', { class: 'wpd-panel__tools' }, h('slot', { name: 'tools' })),
          ),
          sub ? h('p', { class: 'wpd-panel__intro', text: sub }) : null,
          h('div', { class: 'wpd-panel__body' }, h('slot')),
        ),
      );
    }
  }

  // ---- description data -------------------------------------------------------------------------
  class VlDescriptionDataItem extends VlBase {
    static get observedAttributes() {
      return ['data-vl-label'];
    }

    paint(root) {
      root.append(
        h(
          'div',
          { class: 'vl-description-data__item' },
          h('span', { class: 'vl-description-data__label', text: this.attr('data-vl-label') }),
          h('span', { class: 'vl-description-data__value' }, h('slot')),
        ),
      );
    }
  }

  // ---- radio group ----------------------------------------------------------------------------
  class VlRadioGroup extends VlBase {
    static get observedAttributes() {
      return ['data-vl-label', 'data-vl-error'];
    }

    setup() {
      this.setAttribute('role', 'radiogroup');
      if (this.hasAttribute('data-vl-label')) this.setAttribute('aria-label', this.attr('data-vl-label'));
      this.hiddenInput();
      this.addEventListener('vl-radio-pick', (ev) => {
        safe(() => this.select(ev.detail?.value));
      });
      const form = closestForm(this);
      if (form) {
        form.addEventListener('submit', (ev) => {
          safe(() => {
            if (this.hasAttribute('data-vl-required') && !this.hiddenInput().value) {
              ev.preventDefault();
              this.showError(true);
            }
          });
        });
      }
      const checked = this.radios().find((r) => r.hasAttribute('checked'));
      if (checked) this.hiddenInput().value = checked.getAttribute('data-vl-value') || '';
    }

    radios() {
      return Array.from(this.querySelectorAll('vl-radio'));
    }

    hiddenInput() {
      const name = this.attr('data-vl-name');
      let input = Array.from(this.children).find((c) => c.tagName === 'INPUT' && c.type === 'hidden');
      if (!input) {
        input = h('input', { type: 'hidden', name, value: '' });
        this.append(input);
      }
      return input;
    }

    select(value) {
      this.hiddenInput().value = value || '';
      for (const radio of this.radios()) {
        const on = radio.getAttribute('data-vl-value') === value;
        if (on) radio.setAttribute('checked', '');
        else radio.removeAttribute('checked');
      }
      this.showError(false);
      this.dispatchEvent(new CustomEvent('vl-change', { bubbles: true, composed: true, detail: { value } }));
    }

    showError(on) {
      const p = this.shadowRoot?.querySelector('.vl-form__error');
      if (p) p.hidden = !on;
    }

    paint(root) {
      const labelId = nextId('vl-radio-group-label');
      root.append(
        h(
          'div',
          { class: 'vl-radio-group' },
          this.hasAttribute('data-vl-label')
            ? h('p', { id: labelId, class: 'vl-form__label', text: this.attr('data-vl-label') })
            : null,
          h('div', { class: 'vl-radio-group__options' }, h('slot')),
          h('p', {
            class: 'vl-form__error',
            hidden: true,
            role: 'alert',
            text: this.attr('data-vl-error', 'Maak een keuze.'),
          }),
        ),
      );
    }
  }

  class VlRadio extends VlBase {
    static get observedAttributes() {
      return ['data-vl-label', 'checked', 'disabled'];
    }

    paint(root) {
      const id = nextId('vl-radio');
      const input = h('input', {
        id,
        type: 'radio',
        class: 'vl-radio__toggle',
        value: this.attr('data-vl-value'),
        checked: this.hasAttribute('checked'),
        disabled: this.hasAttribute('disabled'),
      });
      input.checked = this.hasAttribute('checked');
      input.addEventListener('change', () => {
        safe(() => {
          if (!input.checked) return;
          this.dispatchEvent(
            new CustomEvent('vl-radio-pick', { bubbles: true, detail: { value: this.attr('data-vl-value') } }),
          );
        });
      });
      root.append(
        h(
          'label',
          { class: 'vl-radio', for: id },
          input,
          h('span', { class: 'vl-radio__label', text: this.attr('data-vl-label') }),
        ),
      );
    }
  }

  // ---- text input -----------------------------------------------------------------------------
  class VlInputFieldNext extends VlBase {
    static get observedAttributes() {
      return ['data-vl-label', 'placeholder', 'data-vl-hint'];
    }

    setup() {
      const hidden = this.hiddenInput();
      const fromUrl = safe(() => new URLSearchParams(location.search).get(this.attr('name')), null);
      if (!hidden.value) hidden.value = fromUrl || this.attr('value');
    }

    hiddenInput() {
      let input = Array.from(this.children).find((c) => c.tagName === 'INPUT' && c.type === 'hidden');
      if (!input) {
        input = h('input', { type: 'hidden', name: this.attr('name'), value: '' });
        this.append(input);
      }
      return input;
    }

    paint(root) {
      const id = nextId('vl-input');
      const hintId = nextId('vl-input-hint');
      const hint = this.attr('data-vl-hint');
      const hidden = this.hiddenInput();
      const input = h('input', {
        id,
        type: 'text',
        class: 'vl-input-field vl-input-field--block',
        placeholder: this.getAttribute('placeholder'),
        autocomplete: 'off',
        'aria-describedby': hint ? hintId : null,
      });
      input.value = hidden.value;
      input.addEventListener('input', () => {
        hidden.value = input.value;
      });
      input.addEventListener('keydown', (ev) => {
        if (ev.key === 'Enter') {
          ev.preventDefault();
          hidden.value = input.value;
          submitForm(closestForm(this));
        }
      });
      root.append(
        this.hasAttribute('data-vl-label')
          ? h('label', { class: 'vl-form__label', for: id, text: this.attr('data-vl-label') })
          : null,
        input,
        hint ? h('p', { id: hintId, class: 'vl-form__annotation', text: hint }) : null,
      );
    }
  }

  // ---- customised built-ins (classes only after upgrade) ------------------------------------------
  class VlDataTable extends HTMLTableElement {
    connectedCallback() {
      this.classList.add('vl-data-table', 'vl-data-table--hover');
    }
  }

  class VlLink extends HTMLAnchorElement {
    connectedCallback() {
      this.classList.add('vl-link');
    }
  }

  define('vl-functional-header', VlFunctionalHeader);
  define('wpd-profile', WpdProfile);
  define('vl-button-next', VlButtonNext);
  define('vl-tabs', VlTabs);
  define('vl-tab', VlTab);
  define('vl-spotlight', VlSpotlight);
  define('vl-info-tile', VlInfoTile);
  define('vl-alert', VlAlert);
  define('wpd-panel', WpdPanel);
  define('vl-description-data-item', VlDescriptionDataItem);
  define('vl-radio-group', VlRadioGroup);
  define('vl-radio', VlRadio);
  define('vl-input-field-next', VlInputFieldNext);
  define('vl-data-table', VlDataTable, { extends: 'table' });
  define('vl-link', VlLink, { extends: 'a' });
  // The shell last, so that every component is defined before it renders.
  define('werkplek-duaal-app', WerkplekDuaalApp);
})();
