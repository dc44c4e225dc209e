import { decimalAsNumber, TargetDirection, TargetMeasure } from "@hpig/kit";
import { Field, Float, ID, Int, InterfaceType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

import { Domain } from "../domain/domain";
import { domainTypeName } from "../domain/domain-types";

/**
 * A target of section I. In GraphQL it is an interface: each target is returned as the concrete
 * type of its indicator's domain (IndustryTarget, …), so that domain can add what it computes
 * from its figures (an assessment against the band) while `targets { … }` needs no fragments.
 */
@Entity("target")
@InterfaceType("Target", {
  description: "A numeric target (chỉ tiêu) of the plan's section I: a band for an indicator over a year or years.",
  resolveType: (target: Target) => domainTypeName(target.domain, "Target"),
  autoRegisterImplementations: true,
})
export abstract class Target {
  @PrimaryColumn({ type: "varchar", length: 64 })
  @Field(() => ID, { description: 'Indicator code and years, e.g. "IIP_GROWTH_2011_2015".' })
  code!: string;

  /** Order in the document. */
  @Column({ type: "integer" })
  position!: number;

  @Column({ name: "indicator_code", type: "varchar", length: 64 })
  @Field(() => String, { description: "The indicator the target is set on, e.g. IIP_GROWTH." })
  indicatorCode!: string;

  @Column({ type: "text" })
  @Field(() => String, { description: "The indicator as the plan names it." })
  description!: string;

  @Column({ type: "varchar", length: 32 })
  @Field(() => TargetMeasure, { description: "A share, or an average annual growth." })
  measure!: TargetMeasure;

  @Column({ name: "from_year", type: "integer" })
  @Field(() => Int, { description: "First year the target covers." })
  fromYear!: number;

  @Column({ name: "to_year", type: "integer" })
  @Field(() => Int, { description: "Last year the target covers (the same as fromYear for a single year)." })
  toYear!: number;

  @Column({ type: "decimal", precision: 8, scale: 3, transformer: decimalAsNumber })
  @Field(() => Float, {
    description:
      'Lower bound of the band, as the plan sets it or the standing office has since set it: the requirement of an AT_LEAST or WITHIN_BAND target ("khoảng 37%" is stored widened, 36.5).',
  })
  min!: number;

  @Column({ type: "decimal", precision: 8, scale: 3, transformer: decimalAsNumber })
  @Field(() => Float, {
    description:
      'Upper bound of the band (equal to min for a single value), as the plan sets it or the standing office has since set it: the requirement of an AT_MOST or WITHIN_BAND target ("khoảng 37%" is stored widened, 37.5).',
  })
  max!: number;

  /** Default: the target paragraph opens "Phấn đấu đạt", a level to reach (the importer always sets it). */
  @Column({ type: "varchar", length: 16, default: TargetDirection.AT_LEAST })
  @Field(() => TargetDirection, {
    description:
      "Which side of the band meets the target: AT_LEAST (min), AT_MOST (max) or WITHIN_BAND (both). Read from the wording of the clause by the importer; the standing office may change it (committee { updateTarget }).",
  })
  direction!: TargetDirection;

  @Column({ type: "varchar", length: 16 })
  @Field(() => String, { description: 'Unit as written: "%" or "%/năm".' })
  unit!: string;

  @Column({ name: "source_text", type: "text" })
  @Field(() => String, { description: "The clause of the plan the target was read from." })
  sourceText!: string;

  @Column({ type: "varchar", length: 32 })
  @Field(() => Domain, { description: "The domain of the target's indicator, which holds the figures it is met by." })
  domain!: Domain;

  /** Lost-update protection: 1 when imported, +1 with every change (an edit or an import that changes the row). */
  @Column({ type: "integer", default: 1 })
  @Field(() => Int, {
    description:
      "The registry row's version: 1 when first imported, one more with every change to it (committee { updateTarget }, or an import that changes it). Send it back as expectedVersion when editing the target.",
  })
  version!: number;
}
