// The site's colours where something outside the stylesheet needs them (the web app manifest,
// the theme-color meta, the home-screen icons): read from src/styles/global.css, the one place
// they are set.

/** The value of a custom property of global.css's `:root` block: rootColour(css, '--accent') → '#0a4f96'. */
export function rootColour(css: string, name: string): string {
  const root = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
  const value = new RegExp(`${name}\\s*:\\s*(#[0-9a-fA-F]{3,8})\\s*;`).exec(root)?.[1];
  if (!value) throw new Error(`global.css: no colour ${name} in :root`);
  return value;
}
