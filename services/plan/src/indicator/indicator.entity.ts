import { Field, ID, InterfaceType } from "type-graphql";
import { Column, Entity, ForeignKey, PrimaryColumn } from "typeorm";

import { Agency } from "../agency/agency.entity";
import { Domain } from "../domain/domain";
import { domainTypeName } from "../domain/domain-types";
import { ReportingRequirement } from "../reporting-requirement/reporting-requirement.entity";

/**
 * An indicator of the committee's catalogue. In GraphQL it is an interface: each indicator is
 * returned as the concrete type of its reporting agency's domain (IndustryIndicator, …), whose
 * subgraph holds the indicator's definition details and all its values.
 */
@Entity("indicator")
@InterfaceType("Indicator", {
  description:
    "An indicator (chỉ tiêu thống kê) of the committee's catalogue: a figure a reporting unit sends every December (the plan's appendix), or a quantity section I sets targets on. Its definition details and values are served by the domain of its reporting agency.",
  resolveType: (indicator: Indicator) => domainTypeName(indicator.domain, "Indicator"),
  autoRegisterImplementations: true,
})
export abstract class Indicator {
  @PrimaryColumn({ type: "varchar", length: 64 })
  @Field(() => ID, { description: 'Stable code shared with the reporting domain, e.g. "IIP", "BUDGET_PAYMENTS".' })
  code!: string;

  @Column({ type: "text" })
  @Field(() => String, { description: "Vietnamese name." })
  name!: string;

  @Column({ name: "name_en", type: "text" })
  @Field(() => String, { description: "English name." })
  nameEn!: string;

  @Column({ name: "agency_code", type: "varchar", length: 32 })
  @ForeignKey(() => Agency, { name: "fk_indicator_agency" })
  agencyCode!: string;

  /** The appendix row it answers (ReportingRequirement.position); null for a section I quantity. */
  @Column({ name: "requirement_position", type: "integer", nullable: true })
  @ForeignKey(() => ReportingRequirement, { name: "fk_indicator_requirement" })
  requirementPosition!: number | null;

  /** 0-based index of the item within that row's items; null with requirementPosition. */
  @Column({ name: "requirement_item", type: "integer", nullable: true })
  requirementItemIndex!: number | null;

  @Column({ type: "varchar", length: 32 })
  @Field(() => Domain, {
    description: "The domain that holds the indicator's definition and values: the domain of its reporting agency.",
  })
  domain!: Domain;

  /** Catalogue order, for stable listings. */
  @Column({ type: "integer" })
  position!: number;
}
