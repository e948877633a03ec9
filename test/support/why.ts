/**
 * Why a replica page is (not) recognised: `tsx test/support/why.ts [id-prefix] [variant]` prints,
 * for every replica page that is not recognised as its own state (or all, with `--all`), the three
 * best scores and the signals of the expected and the winning state. A developer's tool.
 */
import { PAGES } from '../../lib/flows/registry';
import { readPage } from '../../lib/guide/dom';
import { recognise, type StateScore } from '../../lib/guide/recognise';
import { practicePage } from '../../lib/practice/catalog';
import { allReplicas, openReplica } from './replica-dom';

const args = process.argv.slice(2);
const all = args.includes('--all');
const [prefix = '', variant] = args.filter((a) => !a.startsWith('--'));
const stateOf = (id: string) => PAGES.find((p) => (p.replicas ?? [p.id]).includes(id))?.id;
const show = (s: StateScore | undefined) =>
  s
    ? `  ${s.page.id} ${s.score.toFixed(2)}${s.ruledOut ? ' (ruled out)' : ''}\n${s.results
        .map(
          (r) =>
            `      ${r.value.toFixed(2)} × ${r.signal.weight} ${r.signal.kind} ${JSON.stringify('any' in r.signal ? r.signal.any : 'names' in r.signal ? r.signal.names : 'pattern' in r.signal ? `${r.signal.pattern}${r.signal.arg ?? ''}` : '')}`,
        )
        .join('\n')}`
    : '';
for (const [id, v] of allReplicas()) {
  if (!id.startsWith(prefix) || (variant && v !== variant)) continue;
  const replica = await openReplica(id, v).catch(() => undefined);
  if (!replica) continue;
  const view = readPage(replica.doc, replica.url);
  const portal = id.split('.')[0];
  const result = recognise(
    PAGES.filter((p) => p.id.startsWith(`${portal}.`)),
    view,
  );
  const want = practicePage(id).decoy ? undefined : stateOf(id);
  const got = result.kind === 'sure' ? result.page.id : undefined;
  if (all || got !== want) {
    console.log(`\n${id} (${v}): want ${want ?? 'nothing'}, got ${result.kind} ${got ?? ''}`);
    console.log(
      result.scores
        .slice(0, 3)
        .map((s) => `${s.page.id}=${s.score.toFixed(2)}`)
        .join(' '),
    );
    console.log(show(result.scores.find((s) => s.page.id === want)));
    if (got !== want) console.log(show(result.scores[0]?.page.id === want ? result.scores[1] : result.scores[0]));
  }
  replica.close();
}
