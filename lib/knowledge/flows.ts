/**
 * The guided flows the knowledge base may point to. A fact's `flow` (the flow that grants it) and a
 * task's `flow` (the flow that does the task) must be listed here; the flows themselves live in
 * `lib/flows/` (built elsewhere) and must use these ids.
 */
import type { z } from 'zod';
import type { flowSchema } from './schema';

export const FLOWS: z.input<typeof flowSchema>[] = [
  {
    id: 'gb.koppel-gebruiker',
    portal: 'gb',
    label: { nl: 'Koppel gebruiker aan organisatie', en: 'Link user to organisation' },
    grants: ['werkrelatie'],
    source: 'seeds/000_577eb114816f9d85.txt Stap 1.2 ("Koppel gebruiker aan organisatie", stap 1–3)',
  },
  {
    id: 'gb.ken-recht-toe',
    portal: 'gb',
    label: { nl: 'Ken gebruikersrecht toe', en: 'Grant user right' },
    grants: ['recht:dimona-mandaatuitvoerder', 'recht:dwse-organisatieverantwoordelijke#opleidingsverlof'],
    source: 'seeds/000_577eb114816f9d85.txt Stap 1.3 ("Ken gebruikersrecht toe", stap 1–3)',
  },
  {
    id: 'gb.snel-recht-toekennen',
    portal: 'gb',
    label: { nl: 'Snel recht toekennen → Nieuw recht toekennen', en: 'Quick grant → Grant new right' },
    grants: [
      'recht:werkplek-duaal-gebruiker',
      'rol:beheerder',
      'rol:behandelaar',
      'rol:medewerker',
      'rol:stemgerechtigde',
    ],
    source: 'seeds/003_d4bc706caa4b468e.txt "RECHTEN GEVEN AAN GEBRUIKERS"',
  },
  {
    id: 'sz.lokale-beheerder-aanduiden',
    portal: 'sz',
    label: {
      nl: 'Lokale beheerder aanduiden (toegangsaanvraag)',
      en: 'Appoint a local administrator (access request)',
    },
    grants: ['lokale-beheerder'],
    source: 'seeds/002_54958e6e2f7ce4f2.txt "Hoe duidt u een lokale beheerder aan?"',
  },
  {
    id: 'sz.lokale-beheerder-vervangen',
    portal: 'sz',
    label: { nl: 'Lokale beheerder vervangen', en: 'Replace the local administrator' },
    grants: ['lokale-beheerder'],
    source: 'seeds/002_54958e6e2f7ce4f2.txt "Hoe verandert u van lokale beheerder?"',
  },
  {
    id: 'sz.gebruiker-toevoegen',
    portal: 'sz',
    label: { nl: 'Nieuwe gebruiker toevoegen', en: 'Add a new user' },
    grants: ['gebruiker-sz'],
    source: 'seeds/002_54958e6e2f7ce4f2.txt "Gebruikers aanmaken"',
  },
  {
    id: 'sz.profiel-wijzigen',
    portal: 'sz',
    label: { nl: 'Wijzigen profiel (STTS-profiel)', en: 'Change profile (STTS profile)' },
    grants: ['profiel:stts1', 'profiel:stts2', 'profiel:stts3'],
    source: 'seeds/002_54958e6e2f7ce4f2.txt "Gebruikersprofielen voor de STTS-toepassingen" ("Wijzig profiel")',
  },
  {
    id: 'sz.gebruikers-beheren',
    portal: 'sz',
    label: {
      nl: 'Gebruikers beheren en opzoeken (blokkeren, verwijderen, complementair zoeken)',
      en: 'Manage and search users (block, delete, complementary search)',
    },
    source: 'seeds/002_54958e6e2f7ce4f2.txt "Gebruikersbeheer" (wijzigen, blokkeren en verwijderen, opzoeken)',
  },
  {
    id: 'wpd.ond.erkenning-hernieuwen',
    portal: 'wpd',
    label: { nl: 'Erkenning hernieuwen (onderneming)', en: 'Renew a recognition (company)' },
    source: 'seeds/004_b2fc1da045cef06a.txt "TAKEN" ("Beslissen hernieuwing erkenning", "Dagen resterend")',
  },
  {
    id: 'wpd.sp.rollen',
    portal: 'wpd',
    label: {
      nl: 'Wat mag ik met mijn rollen? (sectoraal partnerschap)',
      en: 'What may my roles do? (sectoral partnership)',
    },
    source: 'seeds/003_d4bc706caa4b468e.txt "ROLLEN IN HET DIGITALE LOKET"',
  },
  {
    id: 'wse.ss.aanvraag-voor-klant',
    portal: 'wse',
    label: {
      nl: 'Aanvraag indienen voor een klant (sociaal secretariaat)',
      en: 'File an application for a client (payroll bureau)',
    },
    source: 'seeds/000_577eb114816f9d85.txt Stap 2–3',
  },
  {
    id: 'wse.vov.terugbetaling',
    portal: 'wse',
    label: {
      nl: 'Terugbetalingsaanvraag Vlaams opleidingsverlof indienen',
      en: 'File a Flemish training leave reimbursement application',
    },
    source: 'seeds/001_d440d333149fb13b.txt steps 1–4',
  },
];
