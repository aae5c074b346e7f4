// A worker entry's wiring: `handler` gets a way to answer and returns what handles each message.
// Typed here once, since the page's DOM types describe `self` as a window, not a worker.

interface WorkerScope<In, Out> {
  postMessage(message: Out): void;
  onmessage: ((event: MessageEvent<In>) => void) | null;
}

export function serveMessages<In, Out>(
  handler: (post: (message: Out) => void) => (message: In) => void,
): void {
  const scope = self as unknown as WorkerScope<In, Out>;
  const handle = handler((message) => scope.postMessage(message));
  scope.onmessage = (event) => handle(event.data);
}
