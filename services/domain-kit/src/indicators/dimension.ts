import { Directive, Field, ID, ObjectType } from "type-graphql";

import type { CodeList, CodeListEntry as CodeListEntryRecord } from "./indicator-definition";

@ObjectType({ description: "A code of a code list." })
@Directive("@shareable")
export class CodeListEntry {
  @Field(() => ID, { description: 'The code, e.g. "24" in VSIC2.' })
  code!: string;

  @Field(() => String, { description: 'Its name in Vietnamese, e.g. "Sản xuất kim loại".' })
  name!: string;

  @Field(() => String, { description: 'Its name in English, e.g. "Manufacture of basic metals".' })
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
  @Field(() => ID, { description: 'The dimension\'s code, e.g. "VSIC2" (VSIC level 2 industries).' })
  code!: string;

  @Field(() => String, { description: "The dimension's name in Vietnamese." })
  name!: string;

  @Field(() => String, { description: "The dimension's name in English." })
  nameEn!: string;

  @Field(() => String, { description: "Where the code list comes from." })
  source!: string;

  @Field(() => [CodeListEntry], { description: "The only codes values may be broken down by." })
  codes!: CodeListEntry[];

  static of(list: CodeList): Dimension {
    return Object.assign(new Dimension(), { ...list, codes: list.entries.map((entry) => CodeListEntry.of(entry)) });
  }
}

@ObjectType({ description: "One coordinate of a value's cell: a dimension and its code, with the code's names." })
@Directive("@shareable")
export class BreakdownValue {
  @Field(() => String, { description: 'The dimension\'s code, e.g. "VSIC2".' })
  dimension!: string;

  @Field(() => String, { description: 'The code in that dimension, e.g. "24".' })
  code!: string;

  @Field(() => String, { description: "The code's name in Vietnamese (the code itself if the code list lacks it)." })
  name!: string;

  @Field(() => String, { description: "The code's name in English (the code itself if the code list lacks it)." })
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
