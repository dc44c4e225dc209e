import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";

import type { Express, NextFunction, Request, Response } from "express";

/**
 * The offline GraphiQL explorer at /explorer. The committee's network has no internet, so the
 * page loads nothing but its own origin: GraphiQL and React come from node_modules through a
 * fixed allow-list (no copies in the repository), and a Content-Security-Policy makes the browser
 * refuse anything else.
 *
 * The page is static and loads for anyone; the data behind it does not. Without a token the
 * gateway answers nothing (401): in production not even the schema, since anonymous introspection
 * is refused there (signInRequired in gateway.ts), so the explorer shows no schema and no results
 * until a signed-in user puts `Authorization: Bearer <token>` in its headers editor. In
 * development the schema loads anonymously, and EXPLORER_DEV_TOKEN (refused in production by
 * config.ts) may pre-fill that header.
 */

interface Asset {
  packageName: string;
  /** Path inside the package, joined to its package.json's folder: React's `exports` hide umd/ from require.resolve. */
  file: string;
  contentType: string;
}

/**
 * The editors' and answers' font. GraphiQL embeds Fira Code, which has no Vietnamese letters, and
 * common system monospace fonts (Debian's DejaVu Sans Mono among them) lack many too: the browser
 * then draws "ế" as "ê" and a loose accent ("Kê ́hoạch"). Noto Sans Mono's Latin and Vietnamese
 * subsets are served from its package instead.
 */
const MONO_FONT_PACKAGE = "@fontsource/noto-sans-mono";
const MONO_FONT_SUBSETS = ["latin", "latin-ext", "vietnamese"] as const;
const monoFontFile = (subset: string) => `noto-sans-mono-${subset}-400-normal.woff2`;

const JS = "text/javascript; charset=utf-8";
const CSS = "text/css; charset=utf-8";

/** Everything /explorer/assets serves; any other name is a 404, so nothing else in node_modules is reachable. */
export const EXPLORER_ASSETS: Readonly<Record<string, Asset>> = {
  "react.production.min.js": { packageName: "react", file: "umd/react.production.min.js", contentType: JS },
  "react-dom.production.min.js": { packageName: "react-dom", file: "umd/react-dom.production.min.js", contentType: JS },
  "graphiql.min.js": { packageName: "graphiql", file: "graphiql.min.js", contentType: JS },
  "graphiql.min.css": { packageName: "graphiql", file: "graphiql.min.css", contentType: CSS },
  ...Object.fromEntries(
    MONO_FONT_SUBSETS.map((subset) => [
      monoFontFile(subset),
      { packageName: MONO_FONT_PACKAGE, file: `files/${monoFontFile(subset)}`, contentType: "font/woff2" },
    ]),
  ),
};

export const DEFAULT_EXPLORER_QUERY = `# Hải Phòng Industry Graph — trình khám phá GraphQL / GraphQL explorer
#
# Truy vấn mẫu: Kế hoạch 3438/KH-UBND, các chỉ tiêu, các nhóm chương trình và nhiệm vụ.
# Sample query: Plan 3438/KH-UBND, its targets, its program groups and their tasks.
# Nhấn ▶ (Ctrl+Enter) để chạy; tài liệu lược đồ ở biểu tượng cuốn sách bên trái.
# Press ▶ (Ctrl+Enter) to run; the schema docs are behind the book icon on the left.

query PlanOverview {
  plan {
    number
    issuedOn
    title
    targets {
      code
      description
      min
      max
      unit
      fromYear
      toYear
    }
  }
  programGroups {
    code
    title
    tasks {
      code
      title
      leadAgencies {
        code
        name
      }
      startYear
      endYear
    }
  }
}
`;

/**
 * Same origin only. Fonts and images include data: because graphiql.min.css embeds its fonts
 * (Roboto, Fira Code) and a few PNGs as data: URIs; those are never network requests. Styles
 * need 'unsafe-inline': GraphiQL's dialogs (react-remove-scroll-bar) inject a <style> element
 * without a nonce we could set from outside the bundle. Scripts stay strict: 'self' plus the
 * per-response nonce of the bootstrap script.
 */
export function explorerCsp(nonce: string): string {
  return [
    "default-src 'none'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self' 'unsafe-inline'",
    "connect-src 'self'",
    "font-src 'self' data:",
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export function mountExplorer(app: Express, options: { devToken?: string | undefined } = {}): void {
  // Resolved once at start-up: a missing package fails the gateway now, not an analyst later.
  const files = new Map(
    Object.entries(EXPLORER_ASSETS).map(([name, asset]) => {
      const packageJson = require.resolve(`${asset.packageName}/package.json`);
      const { version } = JSON.parse(readFileSync(packageJson, "utf8")) as { version: string };
      return [name, { ...asset, path: join(dirname(packageJson), asset.file), version }] as const;
    }),
  );
  // The version in the query string lets the assets be cached for a year yet change on upgrade.
  const src = (name: string) => `/explorer/assets/${name}?v=${files.get(name)!.version}`;

  const fontFaces = monoFontFaces(src);

  // A browser opening /graphql gets the explorer; every other request goes on to Apollo untouched.
  app.get("/graphql", (req: Request, res: Response, next: NextFunction) => {
    const wantsHtml = (req.headers.accept ?? "").includes("text/html");
    if (wantsHtml && req.query["query"] === undefined) return res.redirect("/explorer");
    return next();
  });

  app.get("/explorer", (_req, res) => {
    const nonce = randomBytes(16).toString("base64");
    res
      .set({
        "Content-Type": "text/html; charset=utf-8",
        "Content-Security-Policy": explorerCsp(nonce),
        "Cache-Control": "no-store", // the nonce must differ on every load
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
      })
      .send(explorerPage(nonce, src, fontFaces, options.devToken));
  });

  app.get("/explorer/assets/:file", (req, res) => {
    const asset = files.get(req.params.file);
    if (!asset) return void res.status(404).type("text/plain").send("Not found");
    res.sendFile(asset.path, {
      maxAge: "365d",
      immutable: true,
      headers: { "Content-Type": asset.contentType, "X-Content-Type-Options": "nosniff" },
    });
  });
}

/**
 * The @font-face rules of the served subsets, from the font package's own CSS (its unicode ranges
 * say which subset draws which letter), pointed at /explorer/assets.
 */
function monoFontFaces(src: (name: string) => string): string {
  const css = readFileSync(require.resolve(`${MONO_FONT_PACKAGE}/400.css`), "utf8");
  return MONO_FONT_SUBSETS.map((subset) => {
    const rule = new RegExp(`/\\* noto-sans-mono-${subset}-400-normal \\*/\\s*(@font-face \\{[^}]*\\})`).exec(css)?.[1];
    if (!rule) throw new Error(`${MONO_FONT_PACKAGE}/400.css has no rule for the ${subset} subset`);
    return rule.replace(/src:[^;]*;/, `src: url(${src(monoFontFile(subset))}) format("woff2");`);
  }).join("\n");
}

/** The page; the empty data: icon spares browsers a /favicon.ico request that would only 404. */
function explorerPage(nonce: string, src: (name: string) => string, fontFaces: string, devToken?: string): string {
  // JSON inside <script>: escape "<" so no string can close the element.
  const inScript = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c");
  const query = inScript(DEFAULT_EXPLORER_QUERY);
  // Without a token the graph answers nothing: the headers editor is where a signed-in user puts theirs.
  const headers = inScript(JSON.stringify({ Authorization: `Bearer ${devToken ?? "<your token>"}` }, null, 2));
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Hải Phòng Industry Graph — explorer</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${src("graphiql.min.css")}">
<style>
html, body, #graphiql { height: 100%; margin: 0; }
${fontFaces}
/* Every element on which graphiql.min.css sets the variable. */
.graphiql-container, .CodeMirror-info, .CodeMirror-lint-tooltip, .graphiql-dialog,
.graphiql-dialog-overlay, .graphiql-tooltip, [data-radix-popper-content-wrapper] {
  --font-family-mono: "Noto Sans Mono", monospace;
}
</style>
</head>
<body>
<div id="graphiql">Đang tải… / Loading…</div>
<script src="${src("react.production.min.js")}"></script>
<script src="${src("react-dom.production.min.js")}"></script>
<script src="${src("graphiql.min.js")}"></script>
<script nonce="${nonce}">
  const fetcher = GraphiQL.createFetcher({ url: new URL("/graphql", location.href).href });
  ReactDOM.createRoot(document.getElementById("graphiql")).render(
    React.createElement(GraphiQL, {
      fetcher,
      defaultQuery: ${query},
      defaultHeaders: ${headers},
      isHeadersEditorEnabled: true,
      defaultEditorToolsVisibility: "headers",
    }),
  );
</script>
</body>
</html>
`;
}
