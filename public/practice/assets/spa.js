/*
 * Loketgids practice replicas, `spa` variant: the page body holds only a custom element
 * (<wse-app>, <gb-app>, <sz-app>, <wpd-app> or <lg-app>) and <template>s. The element attaches an
 * OPEN shadow root, shows "Laden…" and, after data-delay ms (default 400), clones a template into
 * the shadow root, like a single-page app that renders late. Then it calls
 * LoketReplica.apply(shadowRoot) (replica.js, load it first) and dispatches `lg-spa-render`
 * (bubbles, composed; detail: { route, path }) and sets data-rendered="<route>" on the element.
 *
 * Which template: on load, the <template data-path="…"> whose data-path equals location.pathname,
 * else the element's template="<id>" attribute, else <template id="lg-app">.
 * In-app navigation: a link <a href="/home?…" data-spa-route="home"> or a form
 * <form action="/home" method="get" data-spa-route="home"> inside the app does history.pushState to
 * its URL (a form adds its fields as query) and renders the template named by data-spa-route:
 * the template with that id, else the template with data-route="<value>". When the file has no
 * such template, the link or form navigates normally. Back/forward (popstate) re-render by path.
 * A template may carry data-title="…" for document.title.
 */
(() => {
  const TAGS = ['wse-app', 'gb-app', 'sz-app', 'wpd-app', 'lg-app'];
  const DEFAULT_DELAY = 400;

  function templateById(key) {
    const el = document.getElementById(key);
    return el instanceof HTMLTemplateElement ? el : null;
  }

  function templateForRoute(key) {
    if (!key) return null;
    const byId = templateById(key);
    if (byId) return byId;
    for (const t of document.querySelectorAll('template[data-route]')) {
      if (t.getAttribute('data-route') === key) return t;
    }
    return null;
  }

  function templateForPath(pathname) {
    for (const t of document.querySelectorAll('template[data-path]')) {
      if (t.getAttribute('data-path') === pathname) return t;
    }
    return null;
  }

  class ReplicaApp extends HTMLElement {
    connectedCallback() {
      if (!this.onPopState) this.onPopState = () => this.render(() => this.templateForLocation());
      window.addEventListener('popstate', this.onPopState);
      if (this.shadowRoot) return;
      this.renders = 0;
      const root = this.attachShadow({ mode: 'open' });
      root.addEventListener('click', (event) => this.onClick(event));
      root.addEventListener('submit', (event) => this.onSubmit(event));
      // Resolved when rendering: the element may connect before its sibling <template>s are parsed.
      this.render(() => this.templateForLocation());
    }

    disconnectedCallback() {
      if (this.onPopState) window.removeEventListener('popstate', this.onPopState);
    }

    templateForLocation() {
      return templateForPath(location.pathname) || this.initialTemplate();
    }

    initialTemplate() {
      return templateById(this.getAttribute('template') || 'lg-app');
    }

    delay() {
      const n = Number(this.getAttribute('data-delay'));
      return Number.isFinite(n) && n >= 0 && this.hasAttribute('data-delay') ? n : DEFAULT_DELAY;
    }

    /** Show "Laden…", then, after the delay, the template (or what `template()` returns then). */
    render(template) {
      const root = this.shadowRoot;
      const ticket = ++this.renders;
      this.removeAttribute('data-rendered');
      this.setAttribute('aria-busy', 'true');
      const loading = document.createElement('p');
      loading.className = 'lg-spa-loading';
      loading.setAttribute('role', 'status');
      loading.textContent = 'Laden…';
      root.replaceChildren(loading);
      setTimeout(() => {
        if (ticket !== this.renders) return;
        const chosen = typeof template === 'function' ? template() : template;
        if (!chosen) {
          loading.textContent = 'Pagina niet gevonden.';
          this.removeAttribute('aria-busy');
          return;
        }
        root.replaceChildren(chosen.content.cloneNode(true));
        if (window.LoketReplica) window.LoketReplica.apply(root);
        const title = chosen.getAttribute('data-title');
        if (title) document.title = title;
        const route = chosen.getAttribute('data-route') || chosen.id;
        this.removeAttribute('aria-busy');
        this.setAttribute('data-rendered', route);
        window.scrollTo(0, 0);
        this.dispatchEvent(
          new CustomEvent('lg-spa-render', {
            bubbles: true,
            composed: true,
            detail: { route, path: location.pathname },
          }),
        );
      }, this.delay());
    }

    onClick(event) {
      if (event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const target = event.target instanceof Element ? event.target : null;
      const link = target ? target.closest('a[data-spa-route]') : null;
      if (!link) return;
      const template = templateForRoute(link.getAttribute('data-spa-route'));
      if (!template) return;
      event.preventDefault();
      history.pushState({ spaRoute: link.getAttribute('data-spa-route') }, '', link.href);
      this.render(template);
    }

    onSubmit(event) {
      const form = event.target;
      if (!(form instanceof HTMLFormElement) || !form.hasAttribute('data-spa-route')) return;
      const template = templateForRoute(form.getAttribute('data-spa-route'));
      if (!template) return;
      event.preventDefault();
      const url = new URL(form.getAttribute('action') || location.pathname, location.href);
      url.search = '';
      for (const [name, value] of new FormData(form)) {
        if (typeof value === 'string') url.searchParams.append(name, value);
      }
      history.pushState({ spaRoute: form.getAttribute('data-spa-route') }, '', url.href);
      this.render(template);
    }
  }

  for (const tag of TAGS) {
    if (!customElements.get(tag)) customElements.define(tag, class extends ReplicaApp {});
  }
})();
