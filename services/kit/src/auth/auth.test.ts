import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

import express from "express";
import { type OperationDefinitionNode, parse } from "graphql";
import { base64url, exportJWK, generateKeyPair, type JWTPayload, type KeyLike, SignJWT } from "jose";
import type { AuthCheckerFn, ResolverData } from "type-graphql";

import {
  authenticate,
  authEnv,
  createTokenVerifier,
  ensureLocalKeys,
  issueToken,
  type Principal,
  principalOf,
  requireSignIn,
  type Role,
  roleAuthChecker,
  signInRequired,
  type TokenVerifier,
} from ".";

const ISSUER = "hai-phong-industry-graph";
const KID = "city-idp-1";
const EDITOR: Principal = { subject: "nva", name: "Nguyễn Văn A", agency: "LDTBXH", roles: ["editor"] };
const EDITOR_CLAIMS = { sub: "nva", name: "Nguyễn Văn A", agency: "LDTBXH", roles: ["editor"] };
/** A committee member's claims: what the principal checks accept, for the tests of everything else. */
const VALID = { sub: "nva", roles: ["committee"] };
/** What issueToken needs besides the principal. */
const LOCAL = { issuer: ISSUER, audience: ISSUER, expiresIn: "1h" };

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function close(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
}

interface TokenOptions {
  key: KeyLike | Uint8Array;
  alg?: string;
  kid?: string;
  issuer?: string;
  audience?: string;
  expiresAt?: number | string;
}

/** A token as an identity provider signs it: ES256, the kid of the served key, valid for 5 minutes. */
function sign(claims: JWTPayload, { key, alg = "ES256", kid = KID, ...options }: TokenOptions): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg, kid })
    .setIssuer(options.issuer ?? ISSUER)
    .setAudience(options.audience ?? ISSUER)
    .setIssuedAt()
    .setExpirationTime(options.expiresAt ?? "5m")
    .sign(key);
}

const refusedWith = (reason: string) => ({ extensions: { code: "UNAUTHENTICATED", reason, http: { status: 401 } } });

describe("the auth configuration", () => {
  it("takes a JWKS URL alone, with the default issuer, audience and algorithms", () => {
    expect(authEnv.parse({ AUTH_JWKS_URL: "https://id.haiphong.gov.vn/jwks" })).toEqual({
      AUTH_JWKS_URL: "https://id.haiphong.gov.vn/jwks",
      AUTH_ISSUER: ISSUER,
      AUTH_AUDIENCE: ISSUER,
      AUTH_ALGORITHMS: ["ES256", "RS256"],
    });
  });

  it("takes a public key file alone and reads a comma-separated algorithm list, ignoring blanks", () => {
    const config = authEnv.parse({ AUTH_PUBLIC_KEY_FILE: "/keys/public.pem", AUTH_ALGORITHMS: " RS256, ,PS256 " });
    expect(config).toMatchObject({ AUTH_PUBLIC_KEY_FILE: "/keys/public.pem", AUTH_ALGORITHMS: ["RS256", "PS256"] });
  });

  it.each([
    ["no algorithm", { AUTH_ALGORITHMS: " , " }],
    ["a symmetric algorithm (anyone with the public key could sign)", { AUTH_ALGORITHMS: "ES256,HS256" }],
    ["an algorithm jose does not know", { AUTH_ALGORITHMS: "ES999" }],
  ])("refuses %s in AUTH_ALGORITHMS", (_case, env) => {
    expect(authEnv.safeParse({ AUTH_PUBLIC_KEY_FILE: "/keys/public.pem", ...env }).success).toBe(false);
  });

  it("refuses a JWKS URL that is not http or https", () => {
    expect(authEnv.safeParse({ AUTH_JWKS_URL: "file:///etc/keys.json" }).success).toBe(false);
  });

  it.each([
    ["both", { AUTH_JWKS_URL: "https://id.haiphong.gov.vn/jwks", AUTH_PUBLIC_KEY_FILE: "/keys/public.pem" }],
    ["neither", {}],
  ])("refuses %s of AUTH_JWKS_URL and AUTH_PUBLIC_KEY_FILE, naming them", (_case, env) => {
    const result = authEnv.safeParse(env);
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({
        path: ["AUTH_JWKS_URL"],
        message: expect.stringMatching(/exactly one of AUTH_JWKS_URL and AUTH_PUBLIC_KEY_FILE/),
      }),
    ]);
  });
});

describe("the token verifier with a JWKS URL", () => {
  let server: Server;
  let privateKey: KeyLike;
  let publicKey: KeyLike;
  let verify: TokenVerifier;

  beforeAll(async () => {
    ({ privateKey, publicKey } = await generateKeyPair("ES256"));
    const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid: KID, alg: "ES256", use: "sig" }] };
    server = createServer((_req, res) =>
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(jwks)),
    );
    verify = createTokenVerifier(authEnv.parse({ AUTH_JWKS_URL: `${await listen(server)}/jwks` }));
  });
  afterAll(() => close(server));

  it("turns a valid token into its principal: subject, name, agency and roles", async () => {
    await expect(verify(await sign(EDITOR_CLAIMS, { key: privateKey }))).resolves.toEqual(EDITOR);
  });

  it("remembers a verified token, answering it again without a new verification; a refusal is not remembered", async () => {
    const token = await sign(VALID, { key: privateKey });
    const first = await verify(token);
    await expect(verify(token)).resolves.toBe(first);
    const forged = await sign(VALID, { key: (await generateKeyPair("ES256")).privateKey });
    await expect(verify(forged)).rejects.toMatchObject(refusedWith("TOKEN_SIGNATURE"));
    await expect(verify(forged)).rejects.toMatchObject(refusedWith("TOKEN_SIGNATURE"));
  });

  it("names the caller by the subject when the token has no name, and keeps only the known roles", async () => {
    const token = await sign({ sub: "launcher", roles: ["service", "admin"] }, { key: privateKey });
    const principal = { subject: "launcher", name: "launcher", agency: null, roles: ["service"] };
    await expect(verify(token)).resolves.toEqual(principal);
  });

  it.each([
    ["signed by another key under the trusted kid", KID],
    ["signed by a key the JWKS does not list", "unknown-kid"],
  ])("refuses a token %s with TOKEN_SIGNATURE", async (_case, kid) => {
    const other = await generateKeyPair("ES256");
    const token = await sign(VALID, { key: other.privateKey, kid });
    await expect(verify(token)).rejects.toMatchObject(refusedWith("TOKEN_SIGNATURE"));
  });

  it("refuses a token without an expiry (it would be valid forever) with TOKEN_CLAIM", async () => {
    const token = await new SignJWT(VALID)
      .setProtectedHeader({ alg: "ES256", kid: KID })
      .setIssuer(ISSUER)
      .setAudience(ISSUER)
      .setIssuedAt()
      .sign(privateKey);
    await expect(verify(token)).rejects.toMatchObject(refusedWith("TOKEN_CLAIM"));
  });

  it("does not blame the token when the identity provider's JWKS cannot be fetched", async () => {
    const down = createServer((_req, res) => res.writeHead(503).end("maintenance"));
    const verifyDown = createTokenVerifier(authEnv.parse({ AUTH_JWKS_URL: `${await listen(down)}/jwks` }));
    try {
      const failure = await verifyDown(await sign(VALID, { key: privateKey })).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(Error);
      expect((failure as { extensions?: unknown }).extensions).toBeUndefined();
    } finally {
      await close(down);
    }
  });

  it("refuses an expired token with TOKEN_EXPIRED", async () => {
    const expiresAt = Math.floor(Date.now() / 1000) - 60;
    const token = await sign(VALID, { key: privateKey, expiresAt });
    await expect(verify(token)).rejects.toMatchObject(refusedWith("TOKEN_EXPIRED"));
  });

  it.each([
    ["issuer", { issuer: "someone-else" }, '"iss"'],
    ["audience", { audience: "another-system" }, '"aud"'],
  ])("refuses a token for another %s with TOKEN_CLAIM, naming the claim", async (_case, options, claim) => {
    const token = await sign(VALID, { key: privateKey, ...options });
    const refusal = verify(token);
    await expect(refusal).rejects.toMatchObject(refusedWith("TOKEN_CLAIM"));
    await expect(refusal).rejects.toThrow(claim);
  });

  it.each<[string, JWTPayload]>([
    ["no subject", { roles: ["committee"] }],
    ["no roles", { sub: "nva" }],
    ["only unknown roles", { sub: "nva", roles: ["admin", "root"] }],
    ["roles not as a list", { sub: "nva", roles: "committee" }],
    ["an editor without an agency", { sub: "nva", roles: ["editor"] }],
    ["a viewer without an agency", { sub: "nva", roles: ["committee", "viewer"] }],
    ["an editor whose agency is not an agency code", { sub: "nva", roles: ["editor"], agency: "ldtbxh" }],
  ])("refuses a validly signed token with %s with TOKEN_CLAIM", async (_case, claims) => {
    const token = await sign(claims, { key: privateKey });
    await expect(verify(token)).rejects.toMatchObject(refusedWith("TOKEN_CLAIM"));
  });

  it.each(["not-a-jwt", "a.b.c", ""])("refuses %p, which is not a JWT, with TOKEN_MALFORMED", async (token) => {
    await expect(verify(token)).rejects.toMatchObject(refusedWith("TOKEN_MALFORMED"));
  });

  it("refuses an unsigned token (alg none)", async () => {
    const part = (value: object) => base64url.encode(JSON.stringify(value));
    const now = Math.floor(Date.now() / 1000);
    const claims = { sub: "nva", roles: ["committee"], iss: ISSUER, aud: ISSUER, iat: now, exp: now + 300 };
    const token = `${part({ alg: "none", kid: KID })}.${part(claims)}.`;
    await expect(verify(token)).rejects.toMatchObject(refusedWith("TOKEN_MALFORMED"));
  });

  it("refuses an HS256 token keyed with the published public key", async () => {
    const secret = new TextEncoder().encode(JSON.stringify(await exportJWK(publicKey)));
    const token = await sign(VALID, { key: secret, alg: "HS256" });
    await expect(verify(token)).rejects.toMatchObject(refusedWith("TOKEN_MALFORMED"));
  });
});

describe("the token verifier with a local public key file", () => {
  let dir: string;
  let privateKeyFile: string;
  let verify: TokenVerifier;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "hpig-auth-"));
    let publicKeyFile: string;
    ({ privateKeyFile, publicKeyFile } = await ensureLocalKeys(join(dir, "keys")));
    verify = createTokenVerifier(authEnv.parse({ AUTH_PUBLIC_KEY_FILE: publicKeyFile }));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("verifies what issueToken signs with the local private key", async () => {
    const token = await issueToken(privateKeyFile, { ...EDITOR, ...LOCAL });
    await expect(verify(token)).resolves.toEqual(EDITOR);
  });

  it("keeps the key pair it has already made", async () => {
    const before = readFileSync(privateKeyFile, "utf8");
    const again = await ensureLocalKeys(join(dir, "keys"));
    expect(readFileSync(again.privateKeyFile, "utf8")).toBe(before);
  });

  it("refuses a token signed by another machine's local key with TOKEN_SIGNATURE", async () => {
    const other = await ensureLocalKeys(join(dir, "other"));
    const token = await issueToken(other.privateKeyFile, { ...EDITOR, ...LOCAL });
    await expect(verify(token)).rejects.toMatchObject(refusedWith("TOKEN_SIGNATURE"));
  });
});

describe("the authenticate middleware and requireSignIn", () => {
  let dir: string;
  let server: Server;
  let base: string;
  let token: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "hpig-auth-"));
    const keys = await ensureLocalKeys(dir);
    token = await issueToken(keys.privateKeyFile, { ...EDITOR, ...LOCAL });
    const verify = createTokenVerifier(authEnv.parse({ AUTH_PUBLIC_KEY_FILE: keys.publicKeyFile }));
    const app = express();
    app.use(
      authenticate(async (jwt) => (jwt === "verifier.is.down" ? Promise.reject(new Error("down")) : verify(jwt))),
    );
    app.get("/whoami", (_req, res) => res.json({ principal: principalOf(res) }));
    app.get("/download", requireSignIn, (_req, res) => res.json({ ok: true }));
    app.use((error: Error, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
      res.status(500).json({ unexpected: error.message });
    });
    server = createServer(app);
    base = await listen(server);
  });
  afterAll(async () => {
    await close(server);
    rmSync(dir, { recursive: true, force: true });
  });

  const get = async (path: string, authorization?: string) => {
    const response = await fetch(`${base}${path}`, { headers: authorization ? { authorization } : {} });
    return { status: response.status, body: await response.json() };
  };

  it("lets a request without a token through, with no principal", async () => {
    await expect(get("/whoami")).resolves.toEqual({ status: 200, body: { principal: null } });
  });

  it("sets the principal of a valid bearer token, whatever the case of the scheme (RFC 7235)", async () => {
    await expect(get("/whoami", `Bearer ${token}`)).resolves.toEqual({ status: 200, body: { principal: EDITOR } });
    await expect(get("/whoami", `bearer ${token}`)).resolves.toEqual({ status: 200, body: { principal: EDITOR } });
  });

  it.each([
    ["a token that is not a JWT", "Bearer not-a-jwt", "TOKEN_MALFORMED"],
    ["a token with a bad signature", "Bearer {token}x", "TOKEN_SIGNATURE"],
    ["Basic credentials", "Basic dXNlcjpwYXNz", "TOKEN_MALFORMED"],
    ["Bearer without a token", "Bearer", "TOKEN_MALFORMED"],
    ["two tokens", "Bearer a.b.c d.e.f", "TOKEN_MALFORMED"],
  ])("answers %s with 401 JSON naming the reason", async (_case, header, reason) => {
    const { status, body } = await get("/whoami", header.replace("{token}", token));
    expect(status).toBe(401);
    expect(body).toEqual({ errors: [{ message: expect.any(String), ...refusedWith(reason) }] });
  });

  it("hands an unexpected verifier failure to Express's error handling, not a 401", async () => {
    const answer = { status: 500, body: { unexpected: "down" } };
    await expect(get("/whoami", "Bearer verifier.is.down")).resolves.toEqual(answer);
  });

  it("requireSignIn answers 401 TOKEN_MISSING without a principal and lets a signed-in caller through", async () => {
    await expect(get("/download")).resolves.toEqual({
      status: 401,
      body: {
        errors: [{ message: expect.any(String), extensions: { code: "UNAUTHENTICATED", reason: "TOKEN_MISSING" } }],
      },
    });
    await expect(get("/download", `Bearer ${token}`)).resolves.toEqual({ status: 200, body: { ok: true } });
  });
});

describe("signInRequired", () => {
  const INTROSPECTION = "{ __schema { queryType { name } } }";
  const run = async (principal: Principal | null, query: string, anonymousIntrospection: boolean) => {
    const hooks = await signInRequired({ anonymousIntrospection }).requestDidStart!({} as never);
    const operation = parse(query).definitions[0] as OperationDefinitionNode;
    return hooks!.didResolveOperation!({ contextValue: { principal }, operation } as never);
  };

  it("refuses an anonymous operation with TOKEN_MISSING and lets a signed-in one through", async () => {
    await expect(run(null, "{ tasks { code } }", true)).rejects.toMatchObject(refusedWith("TOKEN_MISSING"));
    await expect(run(EDITOR, "{ tasks { code } }", false)).resolves.toBeUndefined();
  });

  it("lets anonymous introspection through only when allowed", async () => {
    await expect(run(null, INTROSPECTION, true)).resolves.toBeUndefined();
    await expect(run(null, INTROSPECTION, false)).rejects.toMatchObject(refusedWith("TOKEN_MISSING"));
    await expect(run(null, "{ __typename tasks { code } }", true)).rejects.toMatchObject(refusedWith("TOKEN_MISSING"));
  });
});

describe("roleAuthChecker", () => {
  type Context = { principal: Principal | null };
  const check = (principal: Principal | null, roles: Role[]) =>
    (roleAuthChecker as AuthCheckerFn<Context, Role>)({ context: { principal } } as ResolverData<Context>, roles);
  const COMMITTEE: Principal = { subject: "cmt", name: "Trần Thị B", agency: null, roles: ["committee"] };

  it("lets a caller with one of the roles named through, and any signed-in caller when none is named", () => {
    expect(check(COMMITTEE, ["committee", "standing-office"])).toBe(true);
    expect(check({ ...EDITOR, roles: ["viewer", "editor"] }, ["editor"])).toBe(true);
    expect(check(EDITOR, [])).toBe(true);
  });

  it("refuses a caller without any of the roles with FORBIDDEN, naming them", () => {
    expect(() => check(EDITOR, ["committee", "standing-office"])).toThrow(
      expect.objectContaining({
        message: "This needs the role committee or standing-office.",
        extensions: { code: "FORBIDDEN", clientSafe: true },
      }),
    );
  });

  // signInRequired refuses anonymous operations (401) before any resolver runs; this is the backstop.
  it.each<[string, Role[]]>([
    ["roles are named", ["committee"]],
    ["no role is named", []],
  ])("refuses a caller without a principal with UNAUTHENTICATED when %s", (_case, roles) => {
    expect(() => check(null, roles)).toThrow(
      expect.objectContaining({
        extensions: expect.objectContaining({ code: "UNAUTHENTICATED", reason: "TOKEN_MISSING" }),
      }),
    );
  });
});
