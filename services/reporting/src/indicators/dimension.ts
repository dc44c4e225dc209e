import { Directive, Field, ID, ObjectType } from "type-graphql";
import type { CodeList, CodeListEntry as CodeListEntryRecord } from "./indicator-definition";

@ObjectType({ description: "A code of a code list." })
@Directive("@shareable")
export class CodeListEntry {
  @Field(() => ID)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  nameEn!: string;

  static of(entry: CodeListEntryRecord): CodeListEntry {
    return Object.assign(new CodeListEntry(), entry);
  }
}

@ObjectType({
  description: "A breakdown dimension of an indicator (VSIC level 2, commodity, industrial park, …) and its code list.",
})
@Directive("@shareable")
export class Dimension {
  @Field(() => ID, { description: 'e.g. "VSIC2".' })
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  nameEn!: string;

  @Field(() => String, { description: "Where the code list comes from." })
  source!: string;

  @Field(() => [CodeListEntry], { description: "The only codes values may be broken down by." })
  codes!: CodeListEntry[];

  static of(list: CodeList): Dimension {
    return Object.assign(new Dimension(), { ...list, codes: list.entries.map(CodeListEntry.of) });
  }
}

@ObjectType({ description: "One coordinate of a value's cell: a dimension and its code, with the code's names." })
@Directive("@shareable")
export class BreakdownValue {
  @Field(() => String)
  dimension!: string;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  nameEn!: string;

  static of(list: CodeList | undefined, dimension: string, code: string): BreakdownValue {
    const entry = list?.entries.find((candidate) => candidate.code === code);
    return Object.assign(new BreakdownValue(), {
      dimension,
      code,
      name: entry?.name ?? code,
      nameEn: entry?.nameEn ?? code,
    });
  }
}
