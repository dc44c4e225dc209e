import { callerPhrase, orList, type Principal, type Role } from "./principal";

const as = (roles: Role[], agency: string | null): Principal => ({
  subject: "u1",
  name: "Nguyễn Văn An",
  agency,
  roles,
});

describe("how refusals name the caller", () => {
  it("says each role of the caller, with its agency", () => {
    expect(callerPhrase(as(["editor"], "KHDT"))).toBe("you are an editor of KHDT");
    expect(callerPhrase(as(["viewer"], "LDTBXH"))).toBe("you are a viewer of LDTBXH");
    expect(callerPhrase(as(["committee"], null))).toBe("you are a member of the committee");
    expect(callerPhrase(as(["standing-office"], "CT"))).toBe("you are on the standing office");
    expect(callerPhrase(as(["service"], null))).toBe("you are a service");
    expect(callerPhrase(as(["viewer", "editor"], "TC"))).toBe("you are a viewer of TC and an editor of TC");
    expect(callerPhrase(null)).toBe("you are not signed in");
  });

  it("lists agencies with a final 'or'", () => {
    expect([orList([]), orList(["A"]), orList(["A", "B"]), orList(["A", "B", "C"])]).toEqual([
      "(none)",
      "A",
      "A or B",
      "A, B or C",
    ]);
  });
});
