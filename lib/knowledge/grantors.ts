/**
 * Who grants a fact (DOMAIN.md §4, "granted by"). A fact names one or more grantor ids; a task may
 * override them for its context (the werkplekduaal right is granted by the sectoraal partnerschap's
 * hoofd lokale beheerder, but for a company by its (hoofd)toegangsbeheerder).
 */
import type { z } from 'zod';
import type { grantorSchema } from './schema';

export const GRANTORS: z.input<typeof grantorSchema>[] = [
  {
    id: 'dwse',
    label: {
      nl: 'het Departement Werk en Sociale Economie (DWSE)',
      en: 'the Department of Work and Social Economy (DWSE)',
    },
    addressee: { nl: 'DWSE', en: 'DWSE' },
    findThem: {
      nl: 'DWSE regelt dit zelf; voor alle sociale secretariaten is het al in orde gebracht. Ontbreekt het toch, bel 1700.',
      en: 'DWSE does this itself; it has already been done for every payroll bureau (sociaal secretariaat). If it is missing after all, call 1700.',
    },
    helplines: ['1700'],
    source: 'seeds/000_577eb114816f9d85.txt Stap 1.1 ("Dit is reeds voor alle sociale secretariaten in orde gebracht")',
  },
  {
    id: 'hoofd-lokale-beheerder',
    label: {
      nl: 'de hoofd lokale beheerder van uw organisatie',
      en: 'the head local administrator (hoofd lokale beheerder) of your organisation',
    },
    addressee: { nl: 'hoofd lokale beheerder', en: 'head local administrator' },
    findThem: {
      nl: "Weet u niet wie dat is? Bel 1700 en vraag naar het team 'gebruikersbeheer'.",
      en: "Don't know who that is? Call 1700 and ask for the 'gebruikersbeheer' team.",
    },
    holderFacts: ['hoofd-lokale-beheerder'],
    helplines: ['1700'],
    source: 'seeds/000_577eb114816f9d85.txt Stap 1.2–1.3 ("Hoofd Lokale Beheerder van het sociaal secretariaat")',
  },
  {
    id: 'lokale-beheerder-organisatie',
    label: {
      nl: 'de lokale beheerder van uw organisatie (gebruikersbeheer Vlaamse overheid)',
      en: 'the local administrator of your organisation (Flemish government user management)',
    },
    addressee: { nl: 'lokale beheerder', en: 'local administrator' },
    findThem: {
      nl: "In het WSE-loket stuurt de knop 'Gebruikersrecht aanvragen' hem of haar automatisch een mail. Weet u niet wie het is? Bel 1700 en vraag naar het team 'gebruikersbeheer'.",
      en: "In the WSE-loket the button 'Gebruikersrecht aanvragen' (request user right) mails them automatically. Don't know who it is? Call 1700 and ask for the 'gebruikersbeheer' team.",
    },
    holderFacts: ['hoofd-lokale-beheerder'],
    helplines: ['1700'],
    source: 'seeds/001_d440d333149fb13b.txt step 2 and step 4',
  },
  {
    id: 'hoofd-lokale-beheerder-sp',
    label: {
      nl: 'de hoofd lokale beheerder van het sectoraal partnerschap',
      en: 'the head local administrator of the sectoral partnership',
    },
    addressee: { nl: 'hoofd lokale beheerder', en: 'head local administrator' },
    findThem: {
      nl: 'DWSE registreert hem of haar in het gebruikersbeheer van de Vlaamse overheid. Problemen bij het toekennen: dienst 1700.',
      en: 'DWSE registers them in the Flemish government user management. Trouble granting: the 1700 service.',
    },
    holderFacts: ['hoofd-lokale-beheerder'],
    helplines: ['1700'],
    source: 'seeds/003_d4bc706caa4b468e.txt intro and "RECHTEN GEVEN AAN GEBRUIKERS"',
  },
  {
    id: 'toegangsbeheerder-onderneming',
    label: {
      nl: 'de hoofdtoegangsbeheerder of een toegangsbeheerder van uw onderneming',
      en: 'the head access manager or an access manager of your company',
    },
    addressee: { nl: 'toegangsbeheerder', en: 'access manager' },
    findThem: {
      nl: 'Weet u niet wie de hoofdtoegangsbeheerder is? Vraag het na bij de gratis dienst 1700.',
      en: "Don't know who the head access manager is? Ask the free 1700 service.",
    },
    holderFacts: ['hoofdtoegangsbeheerder', 'toegangsbeheerder'],
    helplines: ['1700'],
    source: 'seeds/004_b2fc1da045cef06a.txt "GEBRUIKERS" and "HOOFDTOEGANGSBEHEERDER EN TOEGANGSBEHEERDER(S)"',
  },
  {
    id: 'wettelijk-vertegenwoordiger',
    label: {
      nl: 'de wettelijk vertegenwoordiger van de onderneming (meestal de zaakvoerder)',
      en: 'the legal representative of the company (usually the managing director)',
    },
    addressee: { nl: 'wettelijk vertegenwoordiger', en: 'legal representative' },
    findThem: {
      nl: 'Staat in de Kruispuntbank van Ondernemingen (KBO); weet u het niet, bel de gratis dienst 1700.',
      en: 'Listed in the Crossroads Bank for Enterprises (KBO); if unsure, call the free 1700 service.',
    },
    holderFacts: ['wettelijk-vertegenwoordiger'],
    helplines: ['1700'],
    source: 'seeds/004_b2fc1da045cef06a.txt "WETTELIJKE VERTEGENWOORDIGER"',
  },
  {
    id: 'kbo',
    label: {
      nl: 'de inschrijving in de Kruispuntbank van Ondernemingen (KBO)',
      en: 'the registration in the Crossroads Bank for Enterprises (KBO)',
    },
    addressee: { nl: 'collega', en: 'colleague' },
    findThem: {
      nl: 'Opzoeken kan via KBO Public Search (kbopub.economie.fgov.be).',
      en: 'Look it up in KBO Public Search (kbopub.economie.fgov.be).',
    },
    helplines: ['1700'],
    source: 'seeds/004_b2fc1da045cef06a.txt "WETTELIJKE VERTEGENWOORDIGER" (opzoeken via de KBO)',
  },
  {
    id: 'lokale-beheerder-sz',
    label: {
      nl: 'de lokale beheerder van uw onderneming bij de Sociale Zekerheid',
      en: 'the local administrator of your company at the social security portal',
    },
    addressee: { nl: 'lokale beheerder', en: 'local administrator' },
    findThem: {
      nl: 'Is er nog geen lokale beheerder, dan duidt de onderneming er eerst een aan met een toegangsaanvraag.',
      en: 'If there is no local administrator yet, the company first appoints one with an access request.',
    },
    holderFacts: ['lokale-beheerder'],
    helplines: ['sz-contactcenter'],
    source: 'seeds/002_54958e6e2f7ce4f2.txt "De lokale beheerder" and "Gebruikersbeheer"',
  },
  {
    id: 'onderneming-verantwoordelijke',
    label: {
      nl: 'uw onderneming, met een toegangsaanvraag ondertekend door een bestuurder, zaakvoerder of vennoot',
      en: 'your company, through an access request signed by a director, managing director or partner',
    },
    addressee: { nl: 'collega', en: 'colleague' },
    findThem: {
      nl: 'De verantwoordelijke die tekent moet bestuurder, zaakvoerder of vennoot zijn. Houd het ticketnummer bij voor het Contactcenter.',
      en: 'The person who signs must be a director, managing director or partner. Keep the ticket number for the contact centre.',
    },
    helplines: ['sz-contactcenter'],
    source: 'seeds/002_54958e6e2f7ce4f2.txt "Hoe duidt u een lokale beheerder aan?"',
  },
  {
    id: 'dwse-of-organisatie',
    label: {
      nl: 'DWSE (voor een sectoraal partnerschap) of de organisatie zelf',
      en: 'DWSE (for a sectoral partnership) or the organisation itself',
    },
    addressee: { nl: 'collega', en: 'colleague' },
    findThem: {
      nl: "Bel 1700 en vraag naar het team 'gebruikersbeheer'.",
      en: "Call 1700 and ask for the 'gebruikersbeheer' team.",
    },
    helplines: ['1700'],
    source:
      'seeds/003_d4bc706caa4b468e.txt intro ("registreert DWSE … een Hoofd lokale beheerder"); seeds/000_577eb114816f9d85.txt Stap 1',
  },
];
