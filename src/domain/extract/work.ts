// How much text extraction reads, for the test that proves it reads in proportion to the text
// (tests/domain/extract/linear.test.ts): each step that scans a string counts the characters it
// scans. Nothing is counted unless a test installs a meter, so it costs one null check.
let meter: ((chars: number) => void) | null = null;

/** Counts `chars` characters read, when a meter is installed. */
export function countWork(chars: number): void {
  if (meter !== null) meter(chars);
}

/** Runs `run` with a meter installed, and returns its result and the characters it read. */
export function measureWork<T>(run: () => T): { result: T; chars: number } {
  const outer = meter;
  let chars = 0;
  meter = (n) => {
    chars += n;
    outer?.(n);
  };
  try {
    return { result: run(), chars };
  } finally {
    meter = outer;
  }
}
