// The wall clock, read here and in src/app only (lint holds every other module to `now` passed
// in), so that a test can set the time the app sees through the store's context.

/** The time now, for a screen that has no store around it (a menu rendered on its own). */
export const systemNow = (): Date => new Date();
