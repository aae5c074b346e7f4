// `virtual:pwa-register` (vite-plugin-pwa's registerSW), which registers the service worker.
/// <reference types="vite-plugin-pwa/vanillajs" />

/** The URL of the shipped article's JSON file, written by the build (vite.config.ts, seedAsset). */
declare module 'virtual:hindsight-seed-url' {
  const url: string;
  export default url;
}
