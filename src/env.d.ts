// Astro's client types (CSS and asset imports) for the typecheck, which runs before any build
// has written .astro/types.d.ts.
/// <reference types="astro/client" />
