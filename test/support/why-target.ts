/**
 * Why a target is (not) found: `tsx test/support/why-target.ts <page id> <variant> <state id> <target>`
 * prints the five best candidates with their per-property scores. A developer's tool.
 */
import { PAGES_BY_ID } from '../../lib/flows/registry';
import { displayText, readPage } from '../../lib/guide/dom';
import { scoreCandidates } from '../../lib/guide/target';
import type { Variant } from '../../lib/practice/catalog';
import { openReplica } from './replica-dom';

const [id = '', variant = 'plain', state = id, key = ''] = process.argv.slice(2);
const replica = await openReplica(id, variant as Variant);
const view = readPage(replica.doc, replica.url);
const spec = PAGES_BY_ID.get(state)?.targets[key];
if (!spec) throw new Error(`no target ${key} on ${state}`);
const vars = { ownOrganisation: 'SD WORX', service: 'Terugbetalingsaanvraag Vlaams opleidingsverlof' };
for (const c of scoreCandidates(view, spec, vars).slice(0, 5)) {
  console.log(
    c.score.toFixed(2),
    c.element.tagName,
    c.element.getAttribute('name') ?? c.element.id,
    JSON.stringify(displayText(c.element).slice(0, 60)),
    JSON.stringify(c.parts),
  );
}
replica.close();
