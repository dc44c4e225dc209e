import { endOfVietnamDay, vietnamDateOf } from "@hpig/kit";

import { Directive, type DirectiveAddresseeState, type DirectiveResponse, DirectiveStatus } from "./directive";
import type { DirectiveResponseRecord, IssuedDirective } from "./directive.entity";

/** What a directive's state depends on: its due date and whom it is addressed to. */
export interface DirectiveTerms {
  dueOn: string;
  /** The addressed agencies' codes, in order. */
  addressees: readonly string[];
}

/** An answer, as far as the state is concerned: which agency, and when it was recorded (ISO 8601 UTC). */
export interface ResponseTime {
  agencyCode: string;
  respondedAt: string;
}

export interface DirectiveState {
  status: DirectiveStatus;
  addressees: DirectiveAddresseeState[];
}

/**
 * Where a directive stands at the end of `asOf` (a Viet Nam date): an answer counts from the day it
 * was recorded (Viet Nam time), answers of agencies it is not addressed to do not count.
 * RESPONDED once every addressee has answered; OVERDUE when the due date has passed without that;
 * OPEN otherwise. Each addressee: whether it has answered, the date of its first answer, how many
 * answers, and whether it is late (first answer after the due date, or none and the due date passed).
 */
export function directiveState(
  directive: DirectiveTerms,
  responses: readonly ResponseTime[],
  asOf: string,
): DirectiveState {
  const known = responses
    .map((response) => ({ agencyCode: response.agencyCode, on: vietnamDateOf(response.respondedAt) }))
    .filter((response) => response.on <= asOf);
  const pastDue = asOf > directive.dueOn;
  const addressees = directive.addressees.map((agencyCode): DirectiveAddresseeState => {
    const dates = known.filter((response) => response.agencyCode === agencyCode).map((response) => response.on);
    const respondedOn = dates.length > 0 ? dates.reduce((first, date) => (date < first ? date : first)) : null;
    return {
      agencyCode,
      responded: respondedOn !== null,
      respondedOn,
      responseCount: dates.length,
      late: respondedOn === null ? pastDue : respondedOn > directive.dueOn,
    };
  });
  const status = addressees.every((addressee) => addressee.responded)
    ? DirectiveStatus.RESPONDED
    : pastDue
      ? DirectiveStatus.OVERDUE
      : DirectiveStatus.OPEN;
  return { status, addressees };
}

/**
 * A directive as the graph shows it at the end of `asOf`: plain data (see Directive), with the
 * answers recorded by then, oldest first. `responses` may hold later ones; they are left out. Only
 * for a directive issued by then (directivesKnownOn loads just those).
 */
export function directiveAsOf(
  directive: IssuedDirective,
  addressees: readonly string[],
  responses: readonly DirectiveResponseRecord[],
  asOf: string,
): Directive {
  const cutoff = endOfVietnamDay(asOf);
  if (directive.issuedAt >= cutoff) {
    throw new Error(`directive ${directive.id} was issued after ${asOf}; it has no state on that date`);
  }
  const known = responses
    .filter((response) => response.respondedAt < cutoff)
    .sort((a, b) => (a.respondedAt === b.respondedAt ? a.id - b.id : a.respondedAt < b.respondedAt ? -1 : 1));
  const state = directiveState({ dueOn: directive.dueOn, addressees }, known, asOf);
  return Object.assign(new Directive(), {
    id: String(directive.id),
    taskCode: directive.taskCode,
    agencyCode: directive.agencyCode,
    text: directive.text,
    dueOn: directive.dueOn,
    issuedAt: directive.issuedAt,
    issuedOn: vietnamDateOf(directive.issuedAt),
    issuedBy: {
      subject: directive.issuerSubject,
      name: directive.issuerName,
      agency: directive.issuerAgency,
      roles: directive.issuerRoles,
    },
    asOf,
    status: state.status,
    addressees: state.addressees,
    responses: known.map((response): DirectiveResponse => ({
      id: String(response.id),
      agencyCode: response.agencyCode,
      text: response.text,
      documentRef: response.documentRef,
      respondedAt: response.respondedAt,
      respondedOn: vietnamDateOf(response.respondedAt),
      responder: response.responderName,
      late: vietnamDateOf(response.respondedAt) > directive.dueOn,
    })),
  });
}
