export declare const DEBIAN_CHROMIUM: string;
export declare const INSTALL_COMMAND: string;
export declare const CHROMIUM_ARGS: readonly string[];
export declare function resolveChromium(options?: { log?: (message: string) => void }): string;
