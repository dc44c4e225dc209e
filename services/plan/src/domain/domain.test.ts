import { DOMAINS } from "@hpig/kit";

import { AGENCY_CATALOGUE } from "../agency/agency-catalogue";
import { Domain } from "./domain";

describe("plan's domains, from the domain manifest", () => {
  it("has one Domain value per manifest entry, in its order", () => {
    expect(Object.values(Domain)).toEqual(DOMAINS.map((entry) => entry.domain));
  });

  it("knows every agency the manifest gives a domain, and gives it that domain", () => {
    const catalogue = new Map(AGENCY_CATALOGUE.map((agency) => [agency.code, agency]));
    for (const entry of DOMAINS) {
      for (const code of entry.agencies) expect([code, catalogue.get(code)?.domain]).toEqual([code, entry.domain]);
    }
  });

  it("keeps the appendix's shape: CT, THONGKE and BQLKKT report, VHTTDL only coordinates", () => {
    const domainOf = (code: string) => AGENCY_CATALOGUE.find((agency) => agency.code === code)?.domain;
    expect([domainOf("CT"), domainOf("THONGKE"), domainOf("BQLKKT"), domainOf("VHTTDL")]).toEqual([
      Domain.INDUSTRY,
      Domain.INDUSTRY,
      Domain.INVESTMENT,
      null,
    ]);
  });
});
