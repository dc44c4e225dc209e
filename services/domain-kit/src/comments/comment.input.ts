import { Length } from "class-validator";
import { Field, ID, InputType } from "type-graphql";

/** The longest comment kept. */
export const MAX_COMMENT_LENGTH = 4_000;

@InputType({ description: "A comment on a task, by an editor of one of its lead or coordinating agencies." })
export class CommentOnTaskInput {
  @Field(() => ID, { description: 'The task, e.g. "V.1".' })
  taskCode!: string;

  @Field(() => String, { description: "The comment, 1–4 000 characters." })
  @Length(1, MAX_COMMENT_LENGTH)
  text!: string;
}
