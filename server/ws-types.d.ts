// The parts of the `ws` package (a dependency of @hocuspocus/server, and the provider's
// WebSocket in Node) that the desk server and its tests use. The package ships no types and
// @types/ws is not installed; if it ever is, delete this file.
declare module 'ws' {
  import type { EventEmitter } from 'node:events';
  import type { IncomingMessage } from 'node:http';
  import type { Duplex } from 'node:stream';

  class WebSocket extends EventEmitter {
    static readonly OPEN: number;
    constructor(address: string);
    readonly readyState: number;
    binaryType: string;
    send(data: Uint8Array | string): void;
    close(code?: number, reason?: string): void;
    terminate(): void;
  }

  interface ServerOptions {
    noServer?: boolean;
    maxPayload?: number;
    clientTracking?: boolean;
  }

  class WebSocketServer extends EventEmitter {
    constructor(options: ServerOptions);
    readonly clients: Set<WebSocket>;
    handleUpgrade(
      request: IncomingMessage,
      socket: Duplex,
      head: Buffer,
      callback: (socket: WebSocket, request: IncomingMessage) => void,
    ): void;
    close(callback?: (error?: Error) => void): void;
  }

  export { WebSocket, WebSocketServer, type ServerOptions };
  export default WebSocket;
}
