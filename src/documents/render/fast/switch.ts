// The one switch of the shortcuts through pdfkit's text layer (see ../fast-paths.ts): on in use,
// off for the test that renders every document both ways and compares the bytes.

let enabled = true;

/**
 * Turns every shortcut off (and back on): these and the shared parsed fonts with their fast
 * subsets (fonts.ts, subset.ts) — pdfkit then gets the font files as bytes and does all the work
 * itself, the plain way. For the test that renders the documents both ways and compares them.
 */
export function setFastPaths(on: boolean): void {
  enabled = on;
}

export function fastPaths(): boolean {
  return enabled;
}
