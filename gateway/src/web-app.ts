import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { extname, join } from "node:path";

import type { Logger } from "@hpig/kit";
import express, { type Express } from "express";

/**
 * The committee's web app (web/, built by `npm run build` into static files) at /app/, from the
 * gateway's own origin: no CORS, and nothing loaded from anywhere else, which the
 * Content-Security-Policy enforces. Hashed assets are cached for a year; every other path under
 * /app/ answers the app's page (history-API fallback), so each route is bookmarkable.
 *
 * In development the page carries the local committee token in a <meta> element, as the explorer
 * does (EXPLORER_DEV_TOKEN, refused in production by config.ts); the sign-in page offers it.
 */

/** Styles allow 'unsafe-inline' for style attributes only React and ECharts' SVG set; scripts stay 'self'. */
export const WEB_APP_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self'",
  "font-src 'self'",
  "img-src 'self' data: blob:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

export function mountWebApp(
  app: Express,
  options: { dir: string; logger: Logger; devToken?: string | undefined },
): void {
  const indexFile = join(options.dir, "index.html");
  if (!existsSync(indexFile)) {
    options.logger.warn(
      { dir: options.dir },
      "the web app is not built: /app/ answers 503 until it is (npm run build)",
    );
  }

  // People open the committee's app; analysts go to /explorer.
  app.get("/", (_req, res) => res.redirect("/app/"));
  // Routing is not strict, so "/app" also matches "/app/": redirect only the bare path.
  app.get("/app", (req, res, next) =>
    req.path === "/app" && !req.originalUrl.startsWith("/app/") ? res.redirect("/app/") : next(),
  );
  // The build writes a .gz copy of each script and style sheet: sent as such to a browser that takes gzip.
  app.use("/app/assets", (req, res, next) => {
    if (!/^\/[\w.-]+\.(js|css)$/.test(req.path)) return next();
    res.vary("Accept-Encoding");
    if (!req.acceptsEncodings("gzip") || !existsSync(join(options.dir, "assets", `${req.path}.gz`))) return next();
    // express.static keeps a Content-Type already set, so the copy goes out as the script or style it is.
    res.type(extname(req.path)).set("Content-Encoding", "gzip");
    req.url = `${req.path}.gz`;
    next();
  });
  app.use(
    "/app/assets",
    express.static(join(options.dir, "assets"), {
      immutable: true,
      maxAge: "365d",
      index: false,
      fallthrough: false,
      setHeaders: (res) => res.setHeader("X-Content-Type-Options", "nosniff"),
    }),
  );
  // Read on each request (a page of 1 kB): a rebuild of the app is served without restarting the gateway.
  app.get("/app/{*path}", async (_req, res) => {
    res.set({
      "Content-Security-Policy": WEB_APP_CSP,
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
      // The page may carry the development token; never store it.
      "Cache-Control": "no-store",
    });
    const page = await readFile(indexFile, "utf8").catch(() => null);
    if (page === null) {
      return void res
        .status(503)
        .type("text/plain; charset=utf-8")
        .send("The web app is not built: run npm run build (or npm start).");
    }
    res.type("text/html; charset=utf-8").send(withDevToken(page, options.devToken));
  });
}

/** The page with the development token in a <meta> element (attribute-escaped), or as built. */
function withDevToken(html: string, devToken: string | undefined): string {
  if (!devToken) return html;
  const escaped = devToken.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  return html.replace("</head>", `  <meta name="hpig-dev-token" content="${escaped}">\n  </head>`);
}
