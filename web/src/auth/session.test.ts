import { mainRole, mayReportProgress, mayRespondToDirective, mayWriteCommitteeDocuments } from "./rights";
import { decodeClaims, isExpired } from "./session";

/** A JWT-shaped token with this payload (the signature is never checked by the app). */
function tokenWith(payload: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
  return `${part({ alg: "ES256" })}.${part(payload)}.c2lnbmF0dXJl`;
}

describe("the session's claims", () => {
  it("reads who signed in, with Vietnamese names intact", () => {
    const claims = decodeClaims(
      tokenWith({ sub: "u1", name: "Nguyễn Văn An", agency: "LDTBXH", roles: ["editor"], exp: 2_000_000_000 }),
    );

    expect(claims).toEqual({
      subject: "u1",
      name: "Nguyễn Văn An",
      agency: "LDTBXH",
      roles: ["editor"],
      expiresAt: 2_000_000_000,
    });
  });

  it("refuses text that is no JWT", () => {
    expect(decodeClaims("not a token")).toBeNull();
    expect(decodeClaims("a.b@@.c")).toBeNull();
  });

  it("knows an expired token", () => {
    const claims = decodeClaims(tokenWith({ sub: "u1", roles: ["viewer"], exp: 1_000 }))!;
    expect(isExpired(claims, new Date(999_000))).toBe(false);
    expect(isExpired(claims, new Date(1_000_000))).toBe(true);
  });
});

describe("which write controls a user sees", () => {
  const editor = decodeClaims(tokenWith({ sub: "e", agency: "LDTBXH", roles: ["editor"] }));
  const viewer = decodeClaims(tokenWith({ sub: "v", agency: "LDTBXH", roles: ["viewer"] }));
  const office = decodeClaims(tokenWith({ sub: "o", agency: "CT", roles: ["standing-office"] }));

  it("gives an editor the forms of its own agency's tasks only", () => {
    expect(mayReportProgress(editor, ["LDTBXH"])).toBe(true);
    expect(mayReportProgress(editor, ["KHDT"])).toBe(false);
    expect(mayRespondToDirective(editor, ["CT", "LDTBXH"])).toBe(true);
  });

  it("gives a viewer none, and committee documents to the standing office alone", () => {
    expect(mayReportProgress(viewer, ["LDTBXH"])).toBe(false);
    expect(mayWriteCommitteeDocuments(viewer)).toBe(false);
    expect(mayWriteCommitteeDocuments(editor)).toBe(false);
    expect(mayWriteCommitteeDocuments(office)).toBe(true);
    expect(mayReportProgress(null, ["LDTBXH"])).toBe(false);
  });

  it("names the most powerful role", () => {
    expect(mainRole(decodeClaims(tokenWith({ sub: "x", roles: ["viewer", "committee"] }))!)).toBe("committee");
  });
});
