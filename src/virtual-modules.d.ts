/** The URL of the shipped article's JSON file, written by the build (vite.config.ts, seedAsset). */
declare module 'virtual:hindsight-seed-url' {
  const url: string;
  export default url;
}
