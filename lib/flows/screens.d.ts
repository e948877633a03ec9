/**
 * `virtual:loketgids-screens/<portal>`: the portal's screens as its content script's recogniser
 * reads them (lib/flows/define.ts `recognitionScreens`), written by the build (wxt.config.ts).
 */
declare module 'virtual:loketgids-screens/*' {
  const screens: readonly import('../guide/recognise').Screen[];
  export default screens;
}
