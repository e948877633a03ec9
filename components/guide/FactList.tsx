import type { FactInfo } from '../../lib/guide/explain-types';
import type { Lang } from '../../lib/guide/lang';
import type { Text } from '../../lib/guide/schema';
import { pick } from './text';

/** What each right or role allows (the werkplekduaal roles, seed 003), from the knowledge base. */
export function FactList({ title, items, lang }: { title: Text; items: FactInfo[]; lang: Lang }) {
  return (
    <section class="lg-facts">
      <h3 class="lg-facts__title">{pick(title, lang)}</h3>
      <dl>
        {items.map((item) => (
          <div key={item.id} data-fact={item.id}>
            <dt>{pick(item.label, lang)}</dt>
            <dd>{pick(item.meaning, lang)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
