import type { FeatureKind } from '../../lib/guide/features/types';
import type { PageReport } from '../../lib/guide/report';
import type { GuideView } from '../../lib/guide/runtime';
import type { Guide } from '../../lib/guide/view';
import { t } from '../../lib/i18n/card';
import type { ClientSummary } from '../../lib/messaging';
import { ClientPicker } from './ClientPicker';
import { Explanation } from './Explanation';
import { FactList } from './FactList';
import { ReportButton } from './Report';
import { Services } from './Services';
import { StepCard } from './StepCard';
import { StepList } from './StepList';
import { TaskSwitch } from './TaskSwitch';
import { Unsure } from './Unsure';
import { Warnings } from './Warnings';

/**
 * What the card's buttons do. On the portal page the guide itself (lib/guide/runtime.ts); in the
 * side panel the same actions sent to the page's guide over the panel's port (lib/sidepanel).
 */
export interface CardActions {
  chooseFlow(flowId: string): void;
  chooseService(title: string): void;
  choosePage(pageId: string | null): void;
  goToStep(index: number | null): void;
  searchClients(query: string): void;
  pickClient(client: ClientSummary): void | Promise<void>;
  report(): PageReport | undefined | Promise<PageReport | undefined>;
}

/**
 * The card's content, the same on the portal page (components/Overlay.tsx) and in the browser's
 * side panel (components/sidepanel/SidePanel.tsx): the step or the unsure choices, the step list,
 * warnings, the client picker, services, explanations, renewals, the ticket note, facts, the task
 * switch and "Klopt dit niet?". Without `actions` only what needs none is shown.
 */
export function CardBody({
  view,
  actions,
  panel,
  cards = [],
  teach,
}: {
  view: GuideView;
  actions?: CardActions;
  panel?: boolean;
  /** The card parts of the portal's step features (the ticket note, the renewals). */
  cards?: readonly NonNullable<FeatureKind['Card']>[];
  /** "Leer de gids dit scherm" in the report: only on the portal page itself. */
  teach?: Guide;
}) {
  const { lang } = view;
  return (
    <div class="lg-card__body">
      {view.flows.length === 0 ? (
        <p>{t(lang, 'card.noFlows')}</p>
      ) : view.unsure ? (
        actions && <Unsure view={view} onChoose={(pageId) => actions.choosePage(pageId)} />
      ) : (
        <>
          <StepCard view={view} />
          {view.pinned && actions && <Unsure view={view} onChoose={(pageId) => actions.choosePage(pageId)} />}
          <StepList view={view} open={panel} onGo={actions && ((index) => actions.goToStep(index))} />
        </>
      )}
      <Warnings warnings={view.warnings} lang={lang} />
      {view.picker && actions && (
        <ClientPicker
          lang={lang}
          query={view.picker.query}
          clients={view.picker.clients}
          active={view.picker.active}
          loading={view.picker.loading}
          onSearch={(query) => actions.searchClients(query)}
          onPick={(client) => void actions.pickClient(client)}
        />
      )}
      {view.services && actions && (
        <Services
          services={view.services}
          lang={lang}
          canChoose={view.flowId === 'wse.ss.aanvraag-voor-klant'}
          onChoose={(title) => actions.chooseService(title)}
        />
      )}
      {view.explanations.map((explanation) => (
        <Explanation key={explanation.id} explanation={explanation} lang={lang} />
      ))}
      {cards.map((Card, i) => (
        <Card key={i} view={view} lang={lang} />
      ))}
      {view.facts && <FactList title={view.facts.title} items={view.facts.items} lang={lang} />}
      {actions && <TaskSwitch view={view} onChoose={(id) => actions.chooseFlow(id)} />}
      {actions && view.flows.length > 0 && <ReportButton lang={lang} make={() => actions.report()} teach={teach} />}
    </div>
  );
}
