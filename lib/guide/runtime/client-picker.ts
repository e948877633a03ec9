/**
 * The client list on the card (the step's `client-picker` feature): searching it as the person
 * types, and filling the portal's KBO field with the client they click, as a person would.
 */
import { formatKbo, normaliseKboInput } from '../../ids';
import type { ClientSummary } from '../../messaging';
import { checkKboField } from '../checks';
import { readPage } from '../dom';
import { fieldOf } from '../features/types';
import { fillAsPerson, isFillable } from '../fill';
import { type Core, fieldElement, stepFeatures } from './state';

export interface ClientPicker {
  /** After a detection round: whether the step's features want the list shown. */
  update(wanted: boolean): void;
  /** The client list changed (another tab imported clients): search the shown query again. */
  refresh(): void;
  search(query: string): void;
  pick(client: ClientSummary): Promise<void>;
}

export function createClientPicker(core: Core): ClientPicker {
  const { deps, state } = core;
  /** Only the latest search's answer counts. */
  let searchSeq = 0;

  function doSearch(query: string): void {
    const seq = ++searchSeq;
    deps
      .searchClients(query)
      .then((clients) => {
        if (seq !== searchSeq || !state.picker) return;
        state.picker = { ...state.picker, query, clients, loading: false };
        core.emit();
      })
      .catch(() => {
        if (seq !== searchSeq || !state.picker) return;
        state.picker = { ...state.picker, query, clients: [], loading: false };
        core.emit();
      });
  }

  return {
    update(wanted) {
      if (wanted && !state.picker) {
        state.picker = { query: '', clients: [], active: state.activeClient, loading: true };
        doSearch('');
      } else if (!wanted) {
        state.picker = undefined;
      } else if (state.picker) {
        state.picker = { ...state.picker, active: state.activeClient };
      }
    },
    refresh() {
      if (state.picker) doSearch(state.picker.query);
    },
    search(query) {
      if (!state.picker) return;
      state.picker = { ...state.picker, query, loading: true };
      core.emit();
      doSearch(query);
    },
    async pick(client) {
      const view = readPage(deps.doc, deps.url?.());
      state.page = view;
      const feature = stepFeatures(state).find((f) => f.kind === 'client-picker');
      const key = feature ? fieldOf(feature) : undefined;
      const field = key ? fieldElement(state, view, key) : undefined;
      if (client.school) {
        state.fieldWarnings = checkKboField(client.kbo, client);
        core.emit();
        return;
      }
      if (!isFillable(field)) {
        state.fieldWarnings = [
          {
            id: 'kbo-veld-niet-gevonden',
            level: 'warning',
            text: {
              nl: `Het veld KBO-nummer is niet gevonden. Typ ${formatKbo(client.kbo)} zelf in.`,
              en: `The KBO number field was not found. Type ${formatKbo(client.kbo)} yourself.`,
            },
          },
        ];
        core.emit();
        return;
      }
      fillAsPerson(field, normaliseKboInput(client.kbo));
      state.fieldWarnings = checkKboField(client.kbo, client);
      await deps.setActiveClient(client.kbo).catch(() => undefined);
      state.activeClient = client;
      if (state.picker) state.picker = { ...state.picker, active: client };
      core.emit();
    },
  };
}
