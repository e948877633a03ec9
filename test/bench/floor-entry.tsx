/**
 * The stack's own floor for the peer bench: a minimal Preact card in a shadow root that marks
 * one tile — what any Preact + shadow-root overlay costs before it knows anything.
 */
import { render } from 'preact';

function start() {
  const tile = document.querySelector('a[href$="/aanmelden/organisatie"]');
  tile?.setAttribute('data-floor-target', '');
  const host = document.createElement('floor-probe');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  render(
    <aside
      aria-label="Probe"
      style="position:fixed;bottom:16px;right:16px;background:#fff;border:1px solid #333;padding:12px"
    >
      <strong>Stap 1 van 9</strong>
      <p>Kies de tegel 'Een onderneming of organisatie'.</p>
    </aside>,
    root,
  );
}
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
