import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Rechtencheck } from '../../../components/rechtencheck/Rechtencheck';

const VOV = 'recht:dwse-organisatieverantwoordelijke#opleidingsverlof';

let writeText: ReturnType<typeof vi.fn>;

beforeEach(() => {
  writeText = vi.fn().mockResolvedValue(undefined);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
});

afterEach(() => {
  cleanup();
});

function pickTask(query: string, buttonName: RegExp) {
  fireEvent.input(screen.getByLabelText(/Wat wilt u doen\?/), { target: { value: query } });
  fireEvent.click(screen.getByRole('button', { name: buttonName }));
}

describe('<Rechtencheck>', () => {
  it('finds a task in plain words and shows only the relevant facts as Dutch checkboxes', () => {
    render(<Rechtencheck />);
    expect(screen.getByRole('heading', { level: 2, name: /Rechtencheck/ })).toBeTruthy();
    pickTask('opleidingsverlof', /Terugbetalingsaanvraag Vlaams opleidingsverlof indienen/);

    expect(screen.getByRole('heading', { name: /Gekozen taak/ }).textContent).toContain('Vlaams opleidingsverlof');
    const boxes = screen.getAllByRole('checkbox');
    expect(boxes).toHaveLength(2);
    expect(screen.getByLabelText(/gekoppeld aan de organisatie/)).toBeTruthy();
    expect(screen.getByLabelText(/DWSE organisatieverantwoordelijke/)).toBeTruthy();
  });

  it('explains every gap with who grants it, where, how and the source, in a live region', () => {
    render(<Rechtencheck />);
    pickTask('opleidingsverlof', /Terugbetalingsaanvraag/);

    const live = screen.getAllByRole('status')[0] as HTMLElement;
    expect(live.getAttribute('aria-live')).toBe('polite');
    expect(live.textContent).toContain('ontbreken 2 zaken');
    const gaps = screen.getByRole('heading', { name: /Wat ontbreekt/ }).nextElementSibling as HTMLElement;
    const items = within(gaps)
      .getAllByRole('listitem')
      .filter((li) => li.parentElement === gaps);
    expect(items).toHaveLength(2);
    expect(items[0]?.textContent).toContain('Werkrelatie met de organisatie');
    expect(items[0]?.textContent).toContain('Wie kent het toe');
    expect(items[0]?.textContent).toContain('hoofd lokale beheerder');
    expect(items[0]?.textContent).toContain('Koppel gebruiker aan organisatie');
    expect(items[0]?.textContent).toContain('seeds/000_577eb114816f9d85.txt');

    fireEvent.click(screen.getByLabelText(/gekoppeld aan de organisatie/));
    expect(live.textContent).toContain('ontbreekt 1 zaak');
    fireEvent.click(screen.getByLabelText(/DWSE organisatieverantwoordelijke/));
    expect(live.textContent).toContain('U hebt alles');
    expect(screen.queryByRole('button', { name: 'Kopieer verzoek' })).toBeNull();
  });

  it('pre-fills from the profile and from what the guide observed', () => {
    render(
      <Rechtencheck
        initialHave={['werkrelatie', VOV, 'no-such-fact']}
        observed={[{ observation: 'wse.gebruikersrecht-aanvragen-knop', page: 'wse.aanvragen', fact: VOV }]}
        initialGoal="wse.vov.terugbetaling"
      />,
    );
    expect((screen.getByLabelText(/gekoppeld aan de organisatie/) as HTMLInputElement).checked).toBe(true);
    const right = screen.getByLabelText(/DWSE organisatieverantwoordelijke/) as HTMLInputElement;
    expect(right.checked).toBe(false);
    expect(screen.getByText(/Gezien op de pagina: dit ontbreekt nog/)).toBeTruthy();
    // The gap names the observation that led to it.
    const evidence = screen.getByText('Gezien op de pagina').nextElementSibling as HTMLElement;
    expect(evidence.textContent).toContain("blauwe knop 'Gebruikersrecht aanvragen'");

    // Ticking it anyway overrides the observation.
    fireEvent.click(right);
    expect(screen.getAllByRole('status')[0]?.textContent).toContain('U hebt alles');
  });

  it('copies the request message and says so', async () => {
    render(<Rechtencheck initialHave={['werkrelatie']} organisation="Bakkerij Peeters" person="An Peeters" />);
    pickTask('opleidingsverlof', /Terugbetalingsaanvraag/);

    const textarea = screen.getByLabelText('Tekst van het verzoek') as HTMLTextAreaElement;
    expect(textarea.value).toContain("met context 'opleidingsverlof' voor Bakkerij Peeters");
    fireEvent.click(screen.getByRole('button', { name: 'Kopieer verzoek' }));
    await waitFor(() => expect(screen.getByText(/Verzoek gekopieerd/)).toBeTruthy());
    expect(writeText).toHaveBeenCalledWith(textarea.value);
    expect(String(writeText.mock.calls[0]?.[0])).toContain('An Peeters');
  });

  it('updates the message when the organisation is edited', () => {
    render(<Rechtencheck initialGoal="wse.vov.terugbetaling" />);
    fireEvent.input(screen.getByLabelText('Organisatie'), { target: { value: 'Garage Janssens' } });
    expect((screen.getByLabelText('Tekst van het verzoek') as HTMLTextAreaElement).value).toContain('Garage Janssens');
  });

  it('says so when copying fails', async () => {
    writeText.mockRejectedValue(new Error('denied'));
    render(<Rechtencheck initialGoal="wse.vov.terugbetaling" />);
    fireEvent.click(screen.getByRole('button', { name: 'Kopieer verzoek' }));
    await waitFor(() => expect(screen.getByText(/Kopiëren lukte niet/)).toBeTruthy());
  });

  it('shows alternatives and warnings (STTS: profile replaced; two profiles contradict)', () => {
    render(<Rechtencheck initialHave={['gebruiker-sz', 'profiel:stts1', 'profiel:stts3']} />);
    pickTask('annulatie', /Een actie annuleren/);
    expect(screen.getByRole('heading', { name: /Let op/ })).toBeTruthy();
    expect(screen.getByText(/meer dan één profiel/)).toBeTruthy();

    fireEvent.click(screen.getByLabelText(/STTS 3/));
    expect(screen.getByText(/Het profiel STTS 1 wordt vervangen door STTS 3/)).toBeTruthy();
  });

  it('lists the smallest role and the alternatives for a werkplekduaal task', () => {
    render(<Rechtencheck />);
    pickTask('stemmen', /Uw stem over een erkenningsaanvraag registreren/);
    expect(screen.getAllByRole('checkbox').map((b) => (b as HTMLInputElement).labels?.[0]?.textContent)).toEqual([
      "Ik heb het gebruikersrecht 'Werkplek Duaal Gebruiker' (bij een onderneming: 'DWSE - werkplekduaal gebruiker')",
      "Ik heb de rol 'Stemgerechtigde' in het digitale loket Werkplek Duaal",
    ]);
    cleanup();
    render(<Rechtencheck initialGoal="wpd.sp.knipperlichten-bekijken" />);
    expect(screen.getByRole('heading', { name: /Andere mogelijkheden/ })).toBeTruthy();
  });

  it('says when no task matches', () => {
    render(<Rechtencheck />);
    fireEvent.input(screen.getByLabelText(/Wat wilt u doen\?/), { target: { value: 'qqqzzz' } });
    expect(screen.getByText(/Geen taak gevonden/)).toBeTruthy();
  });

  it('labels every control', () => {
    render(<Rechtencheck initialGoal="wpd.ond.gegevens-beheren" />);
    for (const el of document.querySelectorAll('input, textarea')) {
      const id = el.getAttribute('id');
      expect(id && document.querySelector(`label[for="${CSS.escape(id)}"]`), el.outerHTML).toBeTruthy();
    }
  });

  it('never renders through innerHTML', () => {
    const source = readFileSync(resolve(process.cwd(), 'components/rechtencheck/Rechtencheck.tsx'), 'utf8');
    expect(source).not.toMatch(/dangerouslySetInnerHTML|innerHTML|outerHTML|insertAdjacentHTML/);
  });
});
