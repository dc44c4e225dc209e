import { registerEnumType } from "type-graphql";

/** What sort of body an agency is; the plan assigns work to all of them alike. */
export enum AgencyKind {
  DEPARTMENT = "DEPARTMENT",
  AUTHORITY = "AUTHORITY",
  CENTRAL_BRANCH = "CENTRAL_BRANCH",
  ORGANISATION = "ORGANISATION",
  ENTERPRISE = "ENTERPRISE",
  POLICE = "POLICE",
  GROUP = "GROUP",
}

registerEnumType(AgencyKind, {
  name: "AgencyKind",
  description: "What sort of body an agency is.",
  valuesConfig: {
    DEPARTMENT: { description: "A city department (Sở)." },
    AUTHORITY: { description: "A city authority (Ban), e.g. the Economic Zone Authority." },
    CENTRAL_BRANCH: {
      description: "A local office of a central agency (Cục Thuế, Cục Hải quan, Cục Thống kê, Ngân hàng Nhà nước).",
    },
    ORGANISATION: { description: "A mass or cooperative organisation (Liên đoàn Lao động, Liên minh HTX)." },
    ENTERPRISE: { description: "A state-owned enterprise (Điện lực Hải Phòng)." },
    POLICE: { description: "A police unit (Cảnh sát môi trường)." },
    GROUP: { description: "Several bodies named together, e.g. the district People's Committees." },
  },
});
