import type { GuideWarning } from '../../lib/guide/checks';
import type { Lang } from '../../lib/guide/lang';
import { pick } from './text';

/** The live checks' findings: invalid numbers, a school's KBO, a KBO mismatch. Announced politely. */
export function Warnings({ warnings, lang }: { warnings: GuideWarning[]; lang: Lang }) {
  return (
    <div class="lg-warnings" aria-live="polite">
      {warnings.map((warning) => (
        <p key={warning.id} class={`lg-warn lg-warn--${warning.level}`} data-warning={warning.id}>
          {pick(warning.text, lang)}
        </p>
      ))}
    </div>
  );
}
