import { domainTaskTypeName } from "@hpig/kit";
import { registerEnumType } from "type-graphql";

/**
 * The reporting domains: each is a subgraph with its own service and database that owns the
 * tasks its agencies lead. `npm run new:subgraph` appends to this list.
 */
export enum Domain {
  INDUSTRY = "INDUSTRY",
  INVESTMENT = "INVESTMENT",
  LABOUR = "LABOUR",
  ENVIRONMENT = "ENVIRONMENT",
  SCIENCE = "SCIENCE",
  AGRICULTURE = "AGRICULTURE",
  // new:subgraph adds domains above this line
}

registerEnumType(Domain, {
  name: "Domain",
  description:
    "A reporting domain: a department subgraph that owns the tasks its agencies lead and the indicators they report.",
  valuesConfig: {
    INDUSTRY: { description: "Industry statistics: Sở Công Thương, Cục Thống kê, Cục Thuế, Cục Hải quan." },
    INVESTMENT: {
      description: "Investment: Sở Kế hoạch và Đầu tư, Ban quản lý Khu kinh tế, and for now TC, XD, GTVT.",
    },
    LABOUR: { description: "Labour: Sở Lao động, Thương binh và Xã hội." },
    ENVIRONMENT: { description: "Environment: Sở Tài nguyên và Môi trường, Sở Y tế." },
    SCIENCE: { description: "Science: Sở Khoa học và Công nghệ, Sở Thông tin và Truyền thông." },
    AGRICULTURE: { description: "Agriculture: Sở Nông nghiệp và Phát triển nông thôn." },
    // new:subgraph adds domains above this line
  },
});

/** GraphQL name of the concrete task type a domain owns, e.g. INDUSTRY → IndustryTask. */
export function taskTypeName(domain: Domain): string {
  return domainTaskTypeName(domain);
}
