export declare function makeOutDir(): string;
export declare function removeOutDir(outDir: string): void;
export declare function buildApp(options: {
  root: string;
  outDir: string;
  configFile?: string;
}): void;
export declare function deploy(folders: { from: string; to: string }): void;
export declare function serveApp(options: {
  root: string;
  outDir: string;
}): Promise<{ url: string; close: () => Promise<void> }>;
