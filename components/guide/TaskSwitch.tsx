import type { GuideView } from '../../lib/guide/runtime';
import { t } from '../../lib/i18n/card';
import { pick } from './text';

/** Switch the task (flow) the guide follows on this portal. */
export function TaskSwitch({ view, onChoose }: { view: GuideView; onChoose(flowId: string): void }) {
  if (view.flows.length < 2) return null;
  return (
    <label class="lg-task">
      {t(view.lang, 'task.label')}
      <select value={view.flowId} onChange={(event) => onChoose((event.currentTarget as HTMLSelectElement).value)}>
        {view.flows.map((flow) => (
          <option key={flow.id} value={flow.id}>
            {pick(flow.title, view.lang)}
          </option>
        ))}
      </select>
    </label>
  );
}
