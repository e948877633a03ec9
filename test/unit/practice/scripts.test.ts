import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The replica scripts (public/practice/assets/replica.js, spa.js) run in the test window, on the
 * body of a replica page, at the URL the page is served on.
 */
const ROOT = `${resolve(dirname(fileURLToPath(import.meta.url)), '../../../public/practice')}/`;
const source = (file: string) => readFileSync(`${ROOT}${file}`, 'utf8');

interface HappyDom {
  setURL(url: string): void;
  settings: { handleDisabledFileLoadingAsSuccess: boolean };
}
const happyDOM = (globalThis as unknown as { happyDOM: HappyDom }).happyDOM;
const replica = () =>
  (globalThis as unknown as { LoketReplica: { formatKbo(raw: string | null): string } }).LoketReplica;

/** Open a replica page: URL, body of the file, then the page's scripts (in order, as `defer` would). */
function open(url: string, file: string, scripts = ['assets/replica.js']): void {
  happyDOM.setURL(url);
  const html = source(file);
  document.title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
  document.body.innerHTML = html.slice(
    html.indexOf('<body') + html.slice(html.indexOf('<body')).indexOf('>') + 1,
    html.lastIndexOf('</body>'),
  );
  for (const script of scripts) new Function(source(script))();
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const text = (root: ParentNode | null | undefined) => (root?.textContent ?? '').replace(/\s+/g, ' ');

let previous: boolean;
beforeAll(() => {
  previous = happyDOM.settings.handleDisabledFileLoadingAsSuccess;
  happyDOM.settings.handleDisabledFileLoadingAsSuccess = true;
});
afterAll(() => {
  happyDOM.settings.handleDisabledFileLoadingAsSuccess = previous;
  document.body.innerHTML = '';
});

describe('replica.js', () => {
  it('formats KBO numbers like the portals, keeping anything else as typed', () => {
    open('https://wse-loket.vlaanderen.be/home', 'wse/home.plain.html');
    const { formatKbo } = replica();
    expect(formatKbo('0417390703')).toBe('0417.390.703');
    expect(formatKbo('417390703')).toBe('0417.390.703');
    expect(formatKbo('BE 0417.390.703')).toBe('0417.390.703');
    expect(formatKbo('0417-390-703')).toBe('0417.390.703');
    expect(formatKbo('1027798538')).toBe('1027.798.538');
    expect(formatKbo('12345')).toBe('12345');
    expect(formatKbo(null)).toBe('');
  });

  it('shows the client KBO of ?kbo= at the top of the home page, 0417.390.703 by default', () => {
    open('https://wse-loket.vlaanderen.be/home?kbo=0566988259', 'wse/home.plain.html');
    const kbo = document.querySelector('[data-replica="kbo"]');
    expect(kbo?.textContent).toBe('0566.988.259');
    expect(kbo?.closest('[data-replica-when]')?.hasAttribute('hidden')).toBe(false);

    open('https://wse-loket.vlaanderen.be/home', 'wse/home.plain.html');
    expect(document.querySelector('[data-replica="kbo"]')?.textContent).toBe('0417.390.703');
  });

  it('shows the organisation instead after Doorgaan als "SD WORX"', () => {
    open('https://wse-loket.vlaanderen.be/home?org=SD%20WORX', 'wse/home.vl.html');
    expect((document.querySelector('[data-replica-when="org"]') as HTMLElement).hidden).toBe(false);
    expect((document.querySelector('[data-replica-when="kbo"]') as HTMLElement).hidden).toBe(true);
    expect(document.querySelector('[data-replica="org"]')?.textContent).toBe('SD WORX');
  });

  it('carries the client and the service through the aanvraag flow', () => {
    open('https://wse-loket.vlaanderen.be/home?kbo=0417390703', 'wse/home.plain.html');
    const aanvraag = Array.from(document.querySelectorAll('a')).find((a) => a.textContent === 'Aanvraag');
    expect(aanvraag?.getAttribute('href')).toBe('/aanvragen?kbo=0417390703');

    open(
      'https://wse-loket.vlaanderen.be/aanvraag/klant?dienst=vlaams-opleidingsverlof',
      'wse/kbo-prompt-aanvraag.plain.html',
    );
    const form = document.querySelector('form') as HTMLFormElement;
    expect(form.getAttribute('action')).toBe('/aanvraag/formulier');
    expect((form.elements.namedItem('dienst') as HTMLInputElement).value).toBe('vlaams-opleidingsverlof');

    open(
      'https://wse-loket.vlaanderen.be/aanvraag/formulier?kbo=0417390703&dienst=vlaams-opleidingsverlof',
      'wse/formulier.vl.html',
    );
    expect(text(document.querySelector('[data-replica="dienst"]'))).toBe(
      'Terugbetalingsaanvraag Vlaams opleidingsverlof',
    );
    expect((document.querySelector('input[data-replica="kbo"]') as HTMLInputElement).value).toBe('0417.390.703');
    const next = document.querySelector('form') as HTMLFormElement;
    expect((next.elements.namedItem('kbo') as HTMLInputElement).value).toBe('0417390703');
  });

  it('echoes chosen values on confirmation steps and hides a dismissed cookie notice', () => {
    open(
      'https://gebruikersbeheer.vlaanderen.be/snel-recht/bevestig?recht=Werkplek+Duaal+Gebruiker&rol=Beheerder&rol=Medewerker',
      'gb/snel-recht-bevestig.plain.html',
    );
    expect(document.querySelector('[data-param="rol"]')?.textContent).toBe('Beheerder, Medewerker');
    const notice = document.querySelector('[data-replica-cookie]') as HTMLElement;
    expect(notice.hidden).toBe(false);
    (notice.querySelector('[data-replica-dismiss]') as HTMLButtonElement).click();
    expect(notice.hidden).toBe(true);
    sessionStorage.clear();
  });
});

describe('spa.js', () => {
  it('renders late into an open shadow root and navigates in-app from the KBO prompt to home', async () => {
    open('https://wse-loket.vlaanderen.be/aanmelden/klant', 'wse/kbo-prompt.spa.html', [
      'assets/replica.js',
      'assets/spa.js',
    ]);
    const app = document.querySelector('wse-app') as HTMLElement;
    const root = app.shadowRoot as ShadowRoot;
    expect(root).not.toBeNull();
    expect(text(root)).not.toContain('GEEF HET KBO-NUMMER');
    expect(text(document.body)).not.toContain('GEEF HET KBO-NUMMER');

    await wait(450);
    expect(app.getAttribute('data-rendered')).toBe('klant');
    expect(text(root)).toContain('GEEF HET KBO-NUMMER OP VAN DE KLANT WAARVOOR U WIL WERKEN.');
    const input = root.querySelector('input[aria-label="KBO-nummer"]') as HTMLInputElement;
    input.value = '0417 390 703';
    let rendered = '';
    document.addEventListener('lg-spa-render', (e) => {
      rendered = (e as CustomEvent<{ route: string }>).detail.route;
    });
    (root.querySelector('form') as HTMLFormElement).requestSubmit();

    expect(location.pathname).toBe('/home');
    expect(new URLSearchParams(location.search).get('kbo')).toBe('0417 390 703');
    await wait(450);
    expect(rendered).toBe('home');
    expect(app.getAttribute('data-rendered')).toBe('home');
    expect(document.title).toBe('Startpagina | WSE Loket');
    expect(root.querySelector('[data-replica="kbo"]')?.textContent).toBe('0417.390.703');
    expect(Array.from(root.querySelectorAll('a')).some((a) => a.textContent === 'Aanvraag')).toBe(true);
  });

  it('starts from the template of the current path and follows data-spa-route links', async () => {
    open('https://wse-loket.vlaanderen.be/', 'wse/aanmelden.spa.html', ['assets/replica.js', 'assets/spa.js']);
    const app = document.querySelector('wse-app') as HTMLElement;
    await wait(450);
    expect(app.getAttribute('data-rendered')).toBe('aanmelden');
    const root = app.shadowRoot as ShadowRoot;
    const tile = Array.from(root.querySelectorAll('a')).find((a) => text(a).includes('Een onderneming of organisatie'));
    tile?.click();
    expect(location.pathname).toBe('/aanmelden/organisatie');
    await wait(450);
    expect(app.getAttribute('data-rendered')).toBe('organisatie');
    expect(text(root)).toContain('Staat de juiste organisatie niet in de lijst?');

    // Reloading a pushState URL serves that page's spa file; any spa file renders by path.
    open('https://wse-loket.vlaanderen.be/home?org=SD%20WORX', 'wse/aanmelden.spa.html', [
      'assets/replica.js',
      'assets/spa.js',
    ]);
    const again = document.querySelector('wse-app') as HTMLElement;
    await wait(450);
    expect(again.getAttribute('data-rendered')).toBe('home');
    expect(again.shadowRoot?.querySelector('[data-replica="org"]')?.textContent).toBe('SD WORX');
  });
});
