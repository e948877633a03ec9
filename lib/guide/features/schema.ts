/**
 * The zod schema of a step's `features` list: the union of every feature file's `schema`. Used
 * where flows are checked (tests and the build, lib/flows/check.ts), never on a portal page: a
 * feature file's schema is a function, so the page's bundle leaves it and zod out.
 */
import { z } from 'zod';
import { schema as checklist } from './checklist';
import { schema as clientPicker } from './client-picker';
import { schema as explain } from './explain';
import { schema as facts } from './facts';
import { schema as kboField } from './kbo-field-check';
import { schema as kboOrName } from './kbo-or-name-check';
import { schema as rrnField } from './rrn-field-check';
import { schema as rszField } from './rsz-field-check';
import { schema as services } from './services';
import { schema as ticketNumber } from './ticket-number';
import { schema as topKbo } from './top-kbo-check';
import { schema as wpdHeader } from './wpd-header';
import { schema as wpdRenewals } from './wpd-renewals';

export const featureSchema = z.discriminatedUnion('kind', [
  clientPicker(),
  kboField(),
  kboOrName(),
  rrnField(),
  rszField(),
  topKbo(),
  services(),
  explain(),
  facts(),
  checklist(),
  ticketNumber(),
  wpdHeader(),
  wpdRenewals(),
]);
export type Feature = z.infer<typeof featureSchema>;
