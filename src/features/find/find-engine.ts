// Everything the search, filters and sort need beyond the search box, loaded as one file once
// someone searches, filters or sorts, the address asks for it, or the list comes near: a plain
// list by deadline needs none of it, so it stays out of the first load.
export { findSession } from './find-session';
export { readFindParams, writeFindParams } from './find-url';
export { describeParts, without } from './parts';
export { FindControls } from './FindControls';
