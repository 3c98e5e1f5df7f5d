/** Calls for carriers (appels à candidatures): codes shared by the server and the pages. */

/** A call's life: prepared by the team, open to applications, with the jury, decided. */
export const callStatuses = ["draft", "published", "decided"] as const;
export type CallStatus = (typeof callStatuses)[number];

/** What the Fabrique offers the carrier (sections of the dossier it hands over). */
export const callOfferItems = ["study", "forecast", "premises", "partners"] as const;
export type CallOfferItem = (typeof callOfferItems)[number];

/** The legal forms a call may restrict itself to. */
export const callLegalForms = ["association", "scic", "scop", "sas_esus", "company", "public_body"] as const;
export type CallLegalForm = (typeof callLegalForms)[number];

/** Agréments a call may require and an applicant may declare. */
export const callAgrements = ["esus", "iae", "adapted_enterprise"] as const;
export type CallAgrement = (typeof callAgrements)[number];

/** The small set of field types an application form is built from. */
export const callQuestionKinds = ["text", "number", "choice", "file"] as const;
export type CallQuestionKind = (typeof callQuestionKinds)[number];

/** An application's life, by the applicant's hand; the jury's outcome is kept apart (`outcome`). */
export const applicationStatuses = ["draft", "submitted", "withdrawn"] as const;
export type ApplicationStatus = (typeof applicationStatuses)[number];

/** What the decision made of an application. */
export const applicationOutcomes = ["lead", "co_carrier", "declined"] as const;
export type ApplicationOutcome = (typeof applicationOutcomes)[number];

/** Jury members are the Fabrique's team or invited partners, all holding an account. */
export const jurorKinds = ["team", "partner"] as const;
export type JurorKind = (typeof jurorKinds)[number];

/** Attachments: the largest file and the types accepted (checked on the bytes, not the name). */
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;
export const attachmentMediaTypes = ["application/pdf", "image/png", "image/jpeg"] as const;
export type AttachmentMediaType = (typeof attachmentMediaTypes)[number];
