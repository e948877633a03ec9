/** The name of the port a side panel opens to a portal tab (lib/sidepanel/protocol.ts). Its own file: the content script needs only this. */
export const PANEL_PORT = 'guide-panel';
