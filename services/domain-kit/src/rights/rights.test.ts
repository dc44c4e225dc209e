import { callerPhrase, type Principal, type Role } from "@hpig/kit";

import { checkFigureRights, commentingAgencyFor, leadAgencyFor } from "./rights";

const as = (roles: Role[], agency: string | null): Principal => ({
  subject: "u1",
  name: "Nguyễn Văn An",
  agency,
  roles,
});
const editor = (agency: string) => as(["editor"], agency);

const V1 = { code: "V.1", leadAgencies: ["LDTBXH"], coordinatingAgencies: ["GDDT", "KHDT"] };
const III2 = { code: "III.2", leadAgencies: ["CT", "BQLKKT"], coordinatingAgencies: ["KHDT", "XD"] };

/** The error a call throws, for its code, message and details. */
function refusal(call: () => unknown): { code: unknown; message: string; details: unknown } {
  try {
    call();
  } catch (error) {
    const { extensions, message } = error as { extensions: Record<string, unknown>; message: string };
    return { code: extensions["code"], message, details: extensions["details"] };
  }
  throw new Error("expected a refusal");
}

describe("who may write in a domain", () => {
  describe("progress reports and implementation plans: an editor of a lead, for its own agency", () => {
    it("takes the editor's agency when it leads the task and none is named, or when it is the one named", () => {
      expect(leadAgencyFor(editor("LDTBXH"), V1, null, "report task V.1")).toBe("LDTBXH");
      expect(leadAgencyFor(editor("BQLKKT"), III2, undefined, "report task III.2")).toBe("BQLKKT");
      expect(leadAgencyFor(editor("CT"), III2, "CT", "report task III.2")).toBe("CT");
    });

    it.each<[string, Principal | null, string]>([
      ["an editor of another agency", editor("KHDT"), "you are an editor of KHDT"],
      ["an editor of a coordinating agency", editor("GDDT"), "you are an editor of GDDT"],
      ["a viewer of the lead", as(["viewer"], "LDTBXH"), "you are a viewer of LDTBXH"],
      ["the committee", as(["committee"], null), "you are a member of the committee"],
      ["the standing office", as(["standing-office"], "CT"), "you are on the standing office"],
      ["a service", as(["service"], null), "you are a service"],
      ["nobody", null, "you are not signed in"],
    ])("refuses %s, naming the editor needed", (_who, principal, phrase) => {
      expect(refusal(() => leadAgencyFor(principal, V1, null, "report task V.1"))).toEqual({
        code: "FORBIDDEN",
        message: `Only an editor of LDTBXH may report task V.1; ${phrase}.`,
        details: { needs: { role: "editor", agencies: ["LDTBXH"] } },
      });
    });

    it("refuses an editor naming another agency, and one of neither lead of a two-lead task", () => {
      expect(refusal(() => leadAgencyFor(editor("CT"), III2, "BQLKKT", "report task III.2")).message).toBe(
        "Only an editor of BQLKKT may report task III.2 for BQLKKT; you are an editor of CT.",
      );
      expect(refusal(() => leadAgencyFor(editor("KHDT"), V1, "LDTBXH", "report task V.1")).message).toBe(
        "Only an editor of LDTBXH may report task V.1; you are an editor of KHDT.",
      );
      expect(refusal(() => leadAgencyFor(editor("KHDT"), III2, null, "report task III.2")).message).toBe(
        "Only an editor of CT or BQLKKT may report task III.2; you are an editor of KHDT.",
      );
    });
  });

  describe("comments: an editor of a lead or coordinating agency", () => {
    it("accepts leads and coordinators, for their own agency", () => {
      expect(commentingAgencyFor(editor("LDTBXH"), V1)).toBe("LDTBXH");
      expect(commentingAgencyFor(editor("GDDT"), V1)).toBe("GDDT");
      expect(commentingAgencyFor(editor("XD"), III2)).toBe("XD");
    });

    it.each<[string, Principal | null]>([
      ["an editor of an unrelated agency", editor("TNMT")],
      ["a viewer of a coordinating agency", as(["viewer"], "GDDT")],
      ["the committee", as(["committee"], null)],
      ["the standing office", as(["standing-office"], "CT")],
      ["a service", as(["service"], null)],
    ])("refuses %s", (_who, principal) => {
      expect(refusal(() => commentingAgencyFor(principal, V1))).toEqual({
        code: "FORBIDDEN",
        message: `Only an editor of an agency that leads or coordinates task V.1 (LDTBXH, GDDT or KHDT) may comment on it; ${callerPhrase(principal)}.`,
        details: { needs: { role: "editor", agencies: ["LDTBXH", "GDDT", "KHDT"] } },
      });
    });
  });

  describe("figures: an editor of the unit that reports every indicator sent", () => {
    const reporters: Record<string, string> = {
      PARK_AREA_HA: "BQLKKT",
      PARK_OCCUPIED_AREA_HA: "BQLKKT",
      IIP: "THONGKE",
    };
    const reporterOf = (code: string) => reporters[code];

    it("accepts the unit's editor", () => {
      expect(checkFigureRights(editor("BQLKKT"), ["PARK_AREA_HA", "PARK_OCCUPIED_AREA_HA"], reporterOf)).toBe("BQLKKT");
    });

    it("lists only the foreign indicators, each with its unit; an indicator no unit reports is foreign to all", () => {
      expect(
        refusal(() => checkFigureRights(editor("BQLKKT"), ["PARK_AREA_HA", "IIP", "NEW_ONE"], reporterOf)),
      ).toEqual({
        code: "FORBIDDEN",
        message:
          "Only an editor of the unit that reports an indicator may submit its figures: IIP (THONGKE), NEW_ONE (no unit in the catalogue); you are an editor of BQLKKT. Nothing was recorded.",
        details: {
          needs: { role: "editor", agencies: ["THONGKE"] },
          indicators: [
            { indicator: "IIP", reportedBy: "THONGKE" },
            { indicator: "NEW_ONE", reportedBy: null },
          ],
        },
      });
    });

    it("refuses anyone but an editor, whatever the indicators", () => {
      expect(refusal(() => checkFigureRights(as(["viewer"], "BQLKKT"), ["PARK_AREA_HA"], reporterOf)).message).toBe(
        "Only an editor of BQLKKT may submit figures of PARK_AREA_HA; you are a viewer of BQLKKT. Nothing was recorded.",
      );
      expect(refusal(() => checkFigureRights(as(["committee"], null), [], reporterOf)).message).toBe(
        "Only an editor of the unit that reports an indicator may submit its figures; you are a member of the committee. Nothing was recorded.",
      );
    });
  });
});
