/**
 * The Oefenmodus side of the bridge (lib/practice/bridge.ts): one `PracticeHost` on the page's
 * window hands each frame its session. The Oefenmodus page has one frame (the replica being
 * demoed), the hand-out one per step; each registers its frame with what that frame needs.
 *
 * @example
 * const host = installPracticeHost(window);
 * host.register(frame, (win) => ({ … a PracticeFrameSession … }));
 */
import type { PortalId } from '../portals';
import { BRIDGE_KEY, type PracticeFrameSession, type PracticeHost } from './bridge';
import { portalUrlForFile } from './navigation';

export type SessionFactory = (frame: Window, place: { portal: PortalId; url: () => string }) => PracticeFrameSession;

export interface InstalledHost {
  /** Serve sessions to whatever page this frame element loads. */
  register(frame: HTMLIFrameElement, make: SessionFactory): () => void;
}

/** Put the host on `win` (once) and return it. */
export function installPracticeHost(win: Window): InstalledHost {
  const frames = new Map<HTMLIFrameElement, SessionFactory>();
  const host: PracticeHost = {
    session(frameWindow) {
      for (const [frame, make] of frames) {
        if (frame.contentWindow !== frameWindow) continue;
        const here = () => portalUrlForFile(frameWindow.location.pathname, frameWindow.location.search);
        const first = here();
        if (!first) return undefined;
        return make(frameWindow, { portal: first.page.portal, url: () => here()?.url ?? first.url });
      }
      return undefined;
    },
  };
  (win as unknown as Record<string, PracticeHost>)[BRIDGE_KEY] = host;
  return {
    register(frame, make) {
      frames.set(frame, make);
      const inject = () => {
        const doc = frame.contentDocument;
        if (!doc || !portalUrlForFile(doc.location.pathname, doc.location.search)) return;
        if (doc.querySelector('script[data-loketgids-practice]')) return;
        const script = doc.createElement('script');
        script.src = '/practice-guide.js';
        script.dataset.loketgidsPractice = '';
        (doc.head ?? doc.documentElement).append(script);
      };
      frame.addEventListener('load', inject);
      inject();
      return () => {
        frame.removeEventListener('load', inject);
        frames.delete(frame);
      };
    },
  };
}
