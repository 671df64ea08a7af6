// A page the proxy answers by itself, before any route runs (a refused post, the database
// resting): the archive's header and colours without its stylesheet, which may not be reachable.
function escapeHtml(text: string) {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

const STYLE = `body{margin:0;font-family:ui-sans-serif,system-ui,sans-serif;background:#fafaf9;color:#1c1917}` +
  `header{background:#7f1d1d;color:#fff}header div,main{max-width:64rem;margin:0 auto;padding:.75rem 1rem}` +
  `header a{color:#fff;font-size:1.5rem;font-weight:700;text-decoration:none}` +
  `.box{max-width:36rem;margin:1.5rem auto;background:#fff;border:1px solid #d6d3d1;border-radius:.25rem;padding:1.5rem}` +
  `h1{font-size:1.25rem;margin:0 0 .5rem}a{color:#7f1d1d}`;

export function plainPage({ title, heading, message }: { title: string; heading: string; message: string }): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${escapeHtml(title)} | Folio</title><style>${STYLE}</style></head>` +
    `<body><header><div><a href="/">Folio</a></div></header><main><div class="box" role="alert">` +
    `<h1>${escapeHtml(heading)}</h1><p>${escapeHtml(message)}</p><p><a href="/">Back to Folio</a></p></div></main></body></html>`;
}
