// The little of jsdom the extract CLI uses (a window's DOMParser and Node), typed here rather
// than adding @types/jsdom for one call.
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string);
    readonly window: { DOMParser: typeof DOMParser; Node: typeof Node };
  }
}
