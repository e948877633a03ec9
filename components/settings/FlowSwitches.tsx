import { useId } from 'preact/hooks';
import { loadSettings, saveSettings } from '../../lib/clients/repository';
import { FLOWS } from '../../lib/flows/registry';
import { textIn } from '../../lib/guide/lang';
import { readPolicy } from '../../lib/policy/managed';
import { PORTAL_IDS, PORTALS } from '../../lib/portals';
import { useT } from '../ui/i18n';
import { useLiveQuery } from '../ui/useLiveQuery';

/**
 * "Taken aan en uit" (issue 10): a switch per flow, to turn off one that misbehaves on a portal;
 * a flow switched off is never offered or started on a page (lib/guide/runtime.ts). Flows the
 * administrator's policy switched off are shown locked.
 */
export function FlowSwitches(props: { announce(message: string): void }) {
  const id = useId();
  const { t, lang } = useT();
  const { value: settings } = useLiveQuery(() => loadSettings(), []);
  const { value: policy } = useLiveQuery(() => readPolicy(), []);
  const off = settings?.disabledFlows ?? [];
  const locked = policy?.disabledFlows ?? [];

  const toggle = async (flowId: string, on: boolean) => {
    const current = await loadSettings();
    const disabledFlows = on
      ? current.disabledFlows.filter((f) => f !== flowId)
      : [...current.disabledFlows.filter((f) => f !== flowId), flowId];
    await saveSettings({ ...current, disabledFlows });
    const flow = FLOWS.find((f) => f.id === flowId);
    const title = flow ? textIn(flow.title, lang) : flowId;
    props.announce(t(on ? 'flows.on' : 'flows.off', { title }));
  };

  return (
    <div data-flow-switches="">
      <p>{t('flows.intro')}</p>
      {PORTAL_IDS.map((portal) => (
        <fieldset key={portal}>
          <legend>{PORTALS[portal].name}</legend>
          {FLOWS.filter((f) => f.portal === portal).map((flow) => {
            const byPolicy = locked.includes(flow.id);
            const on = !byPolicy && !off.includes(flow.id);
            const hint = `${id}-${flow.id}-hint`;
            return (
              <div key={flow.id} class="lg-field">
                <label>
                  <input
                    type="checkbox"
                    role="switch"
                    aria-checked={on}
                    checked={on}
                    disabled={byPolicy || !settings}
                    aria-describedby={byPolicy ? hint : undefined}
                    data-flow-switch={flow.id}
                    onChange={(event) => void toggle(flow.id, event.currentTarget.checked)}
                  />{' '}
                  {textIn(flow.title, lang)}
                </label>
                {byPolicy ? <span id={hint}> — {t('flows.byPolicy')}</span> : null}
              </div>
            );
          })}
        </fieldset>
      ))}
    </div>
  );
}
