import { useState } from 'preact/hooks';
import type { ExplanationView } from '../../lib/guide/explain-types';
import type { Lang } from '../../lib/guide/lang';
import { t } from '../../lib/i18n/card';
import { pick } from './text';

/** The rules engine's explanation: what was seen, each missing right with who grants it, and the request to copy. */
export function Explanation({ explanation, lang }: { explanation: ExplanationView; lang: Lang }) {
  const [copied, setCopied] = useState(false);
  const message = pick(explanation.message, lang);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(message);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <section class="lg-explain" data-explanation={explanation.id}>
      <h3 class="lg-explain__title">{pick(explanation.title, lang)}</h3>
      {explanation.seen && <p class="lg-explain__seen">{pick(explanation.seen, lang)}</p>}
      {explanation.gaps.map((gap) => (
        <div class="lg-gap" key={gap.id} data-gap={gap.id}>
          <p class="lg-gap__label">
            <strong>{pick(gap.label, lang)}</strong>
          </p>
          <p>{pick(gap.why, lang)}</p>
          <p>
            <strong>{t(lang, 'explain.grantedBy')}</strong>
            {pick(gap.grantedBy, lang)}
          </p>
          <p>
            <strong>{t(lang, 'explain.where')}</strong>
            {pick(gap.where, lang)}
          </p>
          <p>
            <strong>{t(lang, 'explain.how')}</strong>
            {pick(gap.how, lang)}
          </p>
          {gap.needs.length > 0 && (
            <p>
              <strong>{t(lang, 'explain.needs')}</strong>
              {gap.needs.map((need) => pick(need, lang)).join('; ')}
            </p>
          )}
        </div>
      ))}
      {explanation.note && <p class="lg-explain__note">{pick(explanation.note, lang)}</p>}
      {message && (
        <div class="lg-message">
          <label class="lg-message__label">
            {t(lang, 'explain.message')}
            <textarea class="lg-message__text" readOnly rows={6} value={message} />
          </label>
          <button type="button" class="lg-button" onClick={copy}>
            {copied ? t(lang, 'explain.copied') : t(lang, 'explain.copy')}
          </button>
        </div>
      )}
    </section>
  );
}
