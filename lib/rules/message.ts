/**
 * The ready-to-send request to whoever grants the missing rights: it names exactly the right, its
 * context ('opleidingsverlof') and the organisation, so the lokale beheerder need not guess.
 * Privacy (DOMAIN.md §3): it never contains a rijksregisternummer; it says the person will send it.
 */
import { getFact, getGrantor, RRN_NEED, type TaskPortal } from '../knowledge/index';
import type { Explanation, Gap, Lang } from './types';

const PORTAL_IN: Record<TaskPortal, Record<Lang, string>> = {
  wse: { nl: 'het WSE-loket', en: 'the WSE-loket' },
  gb: { nl: 'het gebruikersbeheer van de Vlaamse overheid', en: 'the Flemish government user management' },
  sz: { nl: 'de portaalsite van de Sociale Zekerheid', en: 'the social security portal' },
  wpd: {
    nl: 'het digitale loket Werkplek Duaal (app.werkplekduaal.be)',
    en: 'the Werkplek Duaal portal (app.werkplekduaal.be)',
  },
};

const WORDS = {
  nl: {
    ourOrg: 'onze organisatie',
    hello: (who: string) => `Beste ${who},`,
    colleague: 'collega',
    intro: (portal: string, org: string, task: string) =>
      `Ik wil in ${portal} voor ${org} deze taak doen: "${task}". Daarvoor heb ik nog het volgende nodig:`,
    by: (who: string) => `— toe te kennen door ${who}`,
    seen: 'Wat ik zie:',
    rrn: 'U hebt daarvoor mijn rijksregisternummer nodig; ik bezorg het u op een veilige manier als u erom vraagt.',
    ask: 'Kunt u dit voor mij in orde brengen? Alvast bedankt.',
    bye: 'Met vriendelijke groet,',
  },
  en: {
    ourOrg: 'our organisation',
    hello: (who: string) => `Dear ${who},`,
    colleague: 'colleague',
    intro: (portal: string, org: string, task: string) =>
      `I want to do this task in ${portal} for ${org}: "${task}". For that I still need the following:`,
    by: (who: string) => `— to be granted by ${who}`,
    seen: 'What I see:',
    rrn: 'You will need my national register number (rijksregisternummer) for this; I will send it to you securely when you ask.',
    ask: 'Could you arrange this for me? Thank you in advance.',
    bye: 'Kind regards,',
  },
} as const;

function addressee(gap: Gap, lang: Lang): string {
  const first = gap.grantors[0];
  return first ? getGrantor(first).addressee[lang] : WORDS[lang].colleague;
}

/**
 * A ready-to-send message (Dutch by default, English with `lang: 'en'`) to whoever grants the gaps
 * of an explanation: it names each missing right exactly, with its context and the organisation,
 * in the order to fix them, quotes what the guide saw on the page, and says the person will send
 * their rijksregisternummer separately when one is needed. One grantor → addressed to them
 * ("Beste hoofd lokale beheerder,"); several → "Beste collega," with the grantor per item.
 * Returns '' when nothing is missing.
 *
 * @example
 * requestMessage(explain({ goal: 'wse.vov.terugbetaling', have: ['werkrelatie'] }), { organisation: 'Bakkerij Peeters', person: 'An' });
 * // → "Beste lokale beheerder,\n\nIk wil in het WSE-loket voor Bakkerij Peeters deze taak doen: …\n
 * //    1. het gebruikersrecht 'DWSE organisatieverantwoordelijke' met context 'opleidingsverlof' voor Bakkerij Peeters …"
 */
export function requestMessage(
  explanation: Explanation,
  ctx: { organisation?: string; person?: string; lang?: Lang } = {},
): string {
  if (explanation.missing.length === 0) return '';
  const lang: Lang = ctx.lang ?? 'nl';
  const w = WORDS[lang];
  const org = ctx.organisation?.trim() || w.ourOrg;
  const person = ctx.person?.trim();

  const addressees = new Set(explanation.missing.map((g) => addressee(g, lang)));
  const single = addressees.size === 1;
  const lines: string[] = [w.hello(single ? ([...addressees][0] ?? w.colleague) : w.colleague), ''];
  lines.push(w.intro(PORTAL_IN[explanation.portal][lang], org, explanation.label[lang]), '');
  explanation.missing.forEach((gap, i) => {
    const phrase = getFact(gap.id).request[lang].replaceAll('{organisatie}', org);
    lines.push(`${i + 1}. ${phrase}${single ? '' : ` ${w.by(gap.grantedBy[lang])}`}`);
  });

  const seen = new Set<string>();
  for (const gap of explanation.missing) for (const e of gap.evidence ?? []) seen.add(e.seen[lang]);
  if (seen.size > 0) lines.push('', w.seen, ...[...seen].map((s) => `- ${s}`));

  if (explanation.missing.some((g) => g.needs?.some((n) => n.nl === RRN_NEED.nl))) lines.push('', w.rrn);
  lines.push('', w.ask, '', w.bye);
  if (person) lines.push(person);
  return lines.join('\n');
}
