import { defineDomainSubgraph } from "@hpig/reporting";
import { investmentIndicators } from "./indicators";
import { investmentMigrations } from "./migrations";

/** The investment domain: Sở Kế hoạch và Đầu tư (KHĐT), Ban quản lý Khu kinh tế, and for now Sở Tài chính, Sở Xây dựng, Sở Giao thông vận tải. */
export const investmentSubgraph = defineDomainSubgraph({
  name: "investment",
  migrations: investmentMigrations,
  indicators: investmentIndicators,
  sampleData: async () => (await import("./sample-profile.js")).loadSample,
});
