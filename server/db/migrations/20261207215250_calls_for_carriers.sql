CREATE TABLE "call" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"fabrique_id" uuid NOT NULL,
	"initiative_id" uuid NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"offer_items" text[] DEFAULT '{}'::text[] NOT NULL,
	"offer" text DEFAULT '' NOT NULL,
	"expectations" text DEFAULT '' NOT NULL,
	"legal_forms" text[] DEFAULT '{}'::text[] NOT NULL,
	"agrements" text[] DEFAULT '{}'::text[] NOT NULL,
	"departments" text[] DEFAULT '{}'::text[] NOT NULL,
	"deadline_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"copied_from_call_id" uuid,
	"decision_id" uuid,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "call_answer" (
	"application_id" uuid NOT NULL,
	"question_id" uuid NOT NULL,
	"value" text NOT NULL,
	CONSTRAINT "call_answer_application_id_question_id_pk" PRIMARY KEY("application_id","question_id")
);
--> statement-breakpoint
CREATE TABLE "call_application" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"call_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"siren" text NOT NULL,
	"name" text NOT NULL,
	"legal_form" text NOT NULL,
	"agrements" text[] DEFAULT '{}'::text[] NOT NULL,
	"postcode" text NOT NULL,
	"contact_name" text NOT NULL,
	"contact_email" text NOT NULL,
	"consent_at" timestamp with time zone NOT NULL,
	"keep_for_other_calls" boolean DEFAULT false NOT NULL,
	"proposed_rank" integer,
	"outcome" text,
	"carrier_candidate_id" uuid,
	"organisation_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone,
	"withdrawn_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "call_attachment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"question_id" uuid NOT NULL,
	"filename" text NOT NULL,
	"media_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "call_conflict" (
	"application_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"declared_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "call_conflict_application_id_user_id_pk" PRIMARY KEY("application_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "call_criterion" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"call_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	"label" text NOT NULL,
	"weight" smallint NOT NULL,
	"scale_max" smallint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "call_juror" (
	"call_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "call_juror_call_id_user_id_pk" PRIMARY KEY("call_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "call_question" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"call_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	"label" text NOT NULL,
	"help" text DEFAULT '' NOT NULL,
	"kind" text NOT NULL,
	"choices" text[] DEFAULT '{}'::text[] NOT NULL,
	"required" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "call_review" (
	"application_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"submitted_at" timestamp with time zone,
	"submitted_scores" smallint[],
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "call_review_application_id_user_id_pk" PRIMARY KEY("application_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "call_score" (
	"application_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"criterion_id" uuid NOT NULL,
	"score" smallint NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	CONSTRAINT "call_score_application_id_user_id_criterion_id_pk" PRIMARY KEY("application_id","user_id","criterion_id")
);
--> statement-breakpoint
ALTER TABLE "call" ADD CONSTRAINT "call_fabrique_id_fabrique_id_fk" FOREIGN KEY ("fabrique_id") REFERENCES "public"."fabrique"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call" ADD CONSTRAINT "call_initiative_id_initiative_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiative"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call" ADD CONSTRAINT "call_decision_id_decision_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decision"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call" ADD CONSTRAINT "call_created_by_user_id_user_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_answer" ADD CONSTRAINT "call_answer_application_id_call_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."call_application"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_answer" ADD CONSTRAINT "call_answer_question_id_call_question_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."call_question"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_application" ADD CONSTRAINT "call_application_call_id_call_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."call"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_application" ADD CONSTRAINT "call_application_carrier_candidate_id_carrier_candidate_id_fk" FOREIGN KEY ("carrier_candidate_id") REFERENCES "public"."carrier_candidate"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_application" ADD CONSTRAINT "call_application_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_attachment" ADD CONSTRAINT "call_attachment_application_id_call_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."call_application"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_attachment" ADD CONSTRAINT "call_attachment_question_id_call_question_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."call_question"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_conflict" ADD CONSTRAINT "call_conflict_application_id_call_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."call_application"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_conflict" ADD CONSTRAINT "call_conflict_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_criterion" ADD CONSTRAINT "call_criterion_call_id_call_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."call"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_juror" ADD CONSTRAINT "call_juror_call_id_call_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."call"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_juror" ADD CONSTRAINT "call_juror_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_question" ADD CONSTRAINT "call_question_call_id_call_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."call"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_review" ADD CONSTRAINT "call_review_application_id_call_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."call_application"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_review" ADD CONSTRAINT "call_review_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_score" ADD CONSTRAINT "call_score_application_id_call_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."call_application"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_score" ADD CONSTRAINT "call_score_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_score" ADD CONSTRAINT "call_score_criterion_id_call_criterion_id_fk" FOREIGN KEY ("criterion_id") REFERENCES "public"."call_criterion"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "call_fabrique_status_idx" ON "call" USING btree ("fabrique_id","status");--> statement-breakpoint
CREATE INDEX "call_initiative_idx" ON "call" USING btree ("initiative_id");--> statement-breakpoint
CREATE UNIQUE INDEX "call_application_token_idx" ON "call_application" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "call_application_call_idx" ON "call_application" USING btree ("call_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "call_attachment_question_idx" ON "call_attachment" USING btree ("application_id","question_id");--> statement-breakpoint
CREATE INDEX "call_criterion_call_idx" ON "call_criterion" USING btree ("call_id","position");--> statement-breakpoint
CREATE INDEX "call_juror_user_idx" ON "call_juror" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "call_question_call_idx" ON "call_question" USING btree ("call_id","position");--> statement-breakpoint
CREATE INDEX "call_review_user_idx" ON "call_review" USING btree ("user_id");