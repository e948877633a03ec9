import { runMutations, summarise } from './mutate';

const [prefix = '', variant, n = '2', seed = '7'] = process.argv.slice(2);
const results = await runMutations({
  perPage: Number(n),
  seed: Number(seed),
  filter: (id, v) => id.startsWith(prefix) && (!variant || variant === '-' || v === variant),
});
for (const r of results)
  if (r.recognised !== r.expected || r.targets.some((t) => t.outcome !== 'right'))
    console.log(r.page, r.variant, r.mutations.join('+'), '→', r.recognised, JSON.stringify(r.targets));
console.log(summarise(results));
