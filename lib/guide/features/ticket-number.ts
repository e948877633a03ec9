/**
 * `ticket-number`: the ticket number the social security portal gives after "Registreren" (seed
 * 002: "U ontvangt een ticketnummer van uw aanvraag. Dit nummer moet u bijhouden."), read from the
 * page and repeated in the card with what to do with it, with a field to note it: kept in this
 * browser's extension storage when the person saves it (components/guide/TicketNote.tsx,
 * lib/guide/tickets.ts). A ticket number is no personal data. The reader is the
 * `ticket-number` pattern's (lib/guide/patterns.ts), which also tells the screen.
 */
import { h } from 'preact';
import { z } from 'zod';
import { TicketNote } from '../../../components/guide/TicketNote';
import { isolate } from '../../text';
import type { GuideWarning } from '../checks';
import { readTicketNumber } from '../patterns';
import type { FeatureKind } from './types';

export const schema = () => z.object({ kind: z.literal('ticket-number') }).strict();

export const ticketNumber: FeatureKind = {
  onStep(_feature, ctx) {
    const ticket = readTicketNumber(ctx.view);
    const warnings: GuideWarning[] = ticket
      ? [
          {
            id: 'sz-ticketnummer',
            level: 'info',
            text: {
              nl: `Uw ticketnummer is ${isolate(ticket)}. Schrijf het op: het Contactcenter vraagt ernaar als u contact opneemt over deze toegangsaanvraag.`,
              en: `Your ticket number is ${isolate(ticket)}. Write it down: the Contactcenter asks for it when you contact them about this access request.`,
              fr: `Votre numéro de ticket est ${isolate(ticket)}. Notez-le : le Contact center vous le demandera si vous le contactez au sujet de cette demande d’accès.`,
              de: `Ihre Ticketnummer ist ${isolate(ticket)}. Notieren Sie sie: das Contactcenter fragt danach, wenn Sie es zu diesem Zugangsantrag kontaktieren.`,
            },
          },
        ]
      : [];
    return ticket ? { warnings, ticket: { read: ticket } } : { warnings };
  },
  Card: ({ view, lang }) =>
    view.ticket ? h(TicketNote, { key: view.ticket.read, read: view.ticket.read, lang }) : null,
};
