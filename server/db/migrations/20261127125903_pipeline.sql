CREATE TABLE "campaign" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"fabrique_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"question" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"audience" text DEFAULT '' NOT NULL,
	"opens_on" date NOT NULL,
	"closes_on" date NOT NULL,
	"territory_kind" text,
	"territory_code" text,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "saved_view" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"list" text NOT NULL,
	"name" text NOT NULL,
	"query" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "aid_rate" (
	"code" text PRIMARY KEY NOT NULL,
	"label" text NOT NULL,
	"contract_kinds" text[] NOT NULL,
	"annual_amount_cents" bigint NOT NULL,
	"year" integer NOT NULL,
	"source" text NOT NULL,
	"source_url" text DEFAULT '' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by_user_id" uuid
);
--> statement-breakpoint
CREATE TABLE "forecast" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"initiative_id" uuid NOT NULL,
	"name" text NOT NULL,
	"scenario_kind" text DEFAULT 'central' NOT NULL,
	"inputs" jsonb NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "carrier_candidate" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"initiative_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"organisation_id" uuid,
	"contact_id" uuid,
	"status" text DEFAULT 'considered' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "follow_up" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"initiative_id" uuid NOT NULL,
	"milestone_months" smallint NOT NULL,
	"measured_on" date NOT NULL,
	"jobs_fte_hundredths" integer DEFAULT 0 NOT NULL,
	"insertion_fte_hundredths" integer DEFAULT 0 NOT NULL,
	"disability_fte_hundredths" integer DEFAULT 0 NOT NULL,
	"revenue_cents" bigint,
	"beneficiaries" integer,
	"note" text DEFAULT '' NOT NULL,
	"recorded_by_user_id" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "handover" (
	"initiative_id" uuid PRIMARY KEY NOT NULL,
	"carrier_candidate_id" uuid NOT NULL,
	"transferred" text[] DEFAULT '{}'::text[] NOT NULL,
	"conditions" text DEFAULT '' NOT NULL,
	"handed_over_on" date NOT NULL,
	"recorded_by_user_id" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "initiative" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"fabrique_id" uuid NOT NULL,
	"reference" text NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"private_notes" text DEFAULT '' NOT NULL,
	"territory_kind" text NOT NULL,
	"territory_code" text NOT NULL,
	"themes" text[] DEFAULT '{}'::text[] NOT NULL,
	"publics" text[] DEFAULT '{}'::text[] NOT NULL,
	"entry_point" text NOT NULL,
	"model_id" uuid,
	"commissioner_organisation_id" uuid,
	"officer_user_id" uuid,
	"stage" text DEFAULT 'referral' NOT NULL,
	"stage_entered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"stage_before_dormant" text,
	"wake_up_on" date,
	"abandon_reason" text DEFAULT '' NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "initiative_event" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" integer GENERATED ALWAYS AS IDENTITY (sequence name "initiative_event_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"initiative_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"from_stage" text,
	"to_stage" text,
	"field" text,
	"before" text,
	"after" text,
	"note" text DEFAULT '' NOT NULL,
	"team_only" smallint DEFAULT 0 NOT NULL,
	"by_user_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "initiative_partner" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"initiative_id" uuid NOT NULL,
	"organisation_id" uuid,
	"contact_id" uuid,
	"role" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "initiative_programme" (
	"initiative_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	CONSTRAINT "initiative_programme_initiative_id_programme_id_pk" PRIMARY KEY("initiative_id","programme_id")
);
--> statement-breakpoint
CREATE TABLE "initiative_reference_counter" (
	"fabrique_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "initiative_reference_counter_fabrique_id_year_pk" PRIMARY KEY("fabrique_id","year")
);
--> statement-breakpoint
CREATE TABLE "initiative_signal" (
	"initiative_id" uuid NOT NULL,
	"signal_id" uuid NOT NULL,
	"linked_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "initiative_signal_initiative_id_signal_id_pk" PRIMARY KEY("initiative_id","signal_id")
);
--> statement-breakpoint
CREATE TABLE "outcome" (
	"initiative_id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"model_id" uuid,
	"organisation_id" uuid,
	"activity_name" text DEFAULT '' NOT NULL,
	"opened_on" date NOT NULL,
	"jobs_fte_hundredths" integer DEFAULT 0 NOT NULL,
	"insertion_fte_hundredths" integer DEFAULT 0 NOT NULL,
	"disability_fte_hundredths" integer DEFAULT 0 NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"proposed_model_id" uuid,
	"recorded_by_user_id" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "task" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"fabrique_id" uuid NOT NULL,
	"initiative_id" uuid,
	"title" text NOT NULL,
	"owner_user_id" uuid,
	"due_on" date,
	"done_at" timestamp with time zone,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "decision" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"initiative_id" uuid NOT NULL,
	"meeting_id" uuid,
	"stage" text NOT NULL,
	"kind" text NOT NULL,
	"path" text,
	"model_id" uuid,
	"rationale" text NOT NULL,
	"decided_by" text NOT NULL,
	"decided_on" date NOT NULL,
	"recorded_by_user_id" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "document" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"fabrique_id" uuid NOT NULL,
	"initiative_id" uuid,
	"meeting_id" uuid,
	"signal_id" uuid,
	"filename" text NOT NULL,
	"media_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"audience" text DEFAULT 'team' NOT NULL,
	"uploaded_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"fabrique_id" uuid NOT NULL,
	"initiative_id" uuid,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"public_headcount" integer,
	"minutes" text DEFAULT '' NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_participant" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"organisation_id" uuid,
	"contact_id" uuid,
	"user_id" uuid
);
--> statement-breakpoint
CREATE TABLE "study_version" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"initiative_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"sections" jsonb NOT NULL,
	"forecast_id" uuid,
	"status" text DEFAULT 'draft' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contact" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"fabrique_id" uuid NOT NULL,
	"organisation_id" uuid,
	"name" text NOT NULL,
	"job_title" text DEFAULT '' NOT NULL,
	"email" text DEFAULT '' NOT NULL,
	"phone" text DEFAULT '' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"fabrique_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"siren" text,
	"siret" text,
	"legal_form" text DEFAULT '' NOT NULL,
	"esus_until" date,
	"siae_kind" text,
	"adapted_enterprise" boolean DEFAULT false NOT NULL,
	"territory_kind" text,
	"territory_code" text,
	"website" text DEFAULT '' NOT NULL,
	"email" text DEFAULT '' NOT NULL,
	"phone" text DEFAULT '' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" bigint DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"fabrique_id" uuid NOT NULL,
	"name" text NOT NULL,
	"funder_organisation_id" uuid,
	"amount_cents" bigint,
	"starts_on" date,
	"ends_on" date,
	"description" text DEFAULT '' NOT NULL,
	"themes" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "campaign" ADD CONSTRAINT "campaign_fabrique_id_fabrique_id_fk" FOREIGN KEY ("fabrique_id") REFERENCES "public"."fabrique"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign" ADD CONSTRAINT "campaign_created_by_user_id_user_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saved_view" ADD CONSTRAINT "saved_view_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aid_rate" ADD CONSTRAINT "aid_rate_updated_by_user_id_user_id_fk" FOREIGN KEY ("updated_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forecast" ADD CONSTRAINT "forecast_initiative_id_initiative_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiative"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forecast" ADD CONSTRAINT "forecast_created_by_user_id_user_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "carrier_candidate" ADD CONSTRAINT "carrier_candidate_initiative_id_initiative_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiative"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "carrier_candidate" ADD CONSTRAINT "carrier_candidate_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "carrier_candidate" ADD CONSTRAINT "carrier_candidate_contact_id_contact_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contact"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "carrier_candidate" ADD CONSTRAINT "carrier_candidate_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up" ADD CONSTRAINT "follow_up_initiative_id_initiative_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiative"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up" ADD CONSTRAINT "follow_up_recorded_by_user_id_user_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handover" ADD CONSTRAINT "handover_initiative_id_initiative_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiative"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handover" ADD CONSTRAINT "handover_carrier_candidate_id_carrier_candidate_id_fk" FOREIGN KEY ("carrier_candidate_id") REFERENCES "public"."carrier_candidate"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handover" ADD CONSTRAINT "handover_recorded_by_user_id_user_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative" ADD CONSTRAINT "initiative_fabrique_id_fabrique_id_fk" FOREIGN KEY ("fabrique_id") REFERENCES "public"."fabrique"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative" ADD CONSTRAINT "initiative_model_id_model_id_fk" FOREIGN KEY ("model_id") REFERENCES "public"."model"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative" ADD CONSTRAINT "initiative_commissioner_organisation_id_organisation_id_fk" FOREIGN KEY ("commissioner_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative" ADD CONSTRAINT "initiative_officer_user_id_user_id_fk" FOREIGN KEY ("officer_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative" ADD CONSTRAINT "initiative_created_by_user_id_user_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_event" ADD CONSTRAINT "initiative_event_initiative_id_initiative_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiative"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_event" ADD CONSTRAINT "initiative_event_by_user_id_user_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_partner" ADD CONSTRAINT "initiative_partner_initiative_id_initiative_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiative"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_partner" ADD CONSTRAINT "initiative_partner_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_partner" ADD CONSTRAINT "initiative_partner_contact_id_contact_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contact"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_programme" ADD CONSTRAINT "initiative_programme_initiative_id_initiative_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiative"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_programme" ADD CONSTRAINT "initiative_programme_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_reference_counter" ADD CONSTRAINT "initiative_reference_counter_fabrique_id_fabrique_id_fk" FOREIGN KEY ("fabrique_id") REFERENCES "public"."fabrique"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_signal" ADD CONSTRAINT "initiative_signal_initiative_id_initiative_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiative"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_signal" ADD CONSTRAINT "initiative_signal_signal_id_signal_id_fk" FOREIGN KEY ("signal_id") REFERENCES "public"."signal"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome" ADD CONSTRAINT "outcome_initiative_id_initiative_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiative"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome" ADD CONSTRAINT "outcome_model_id_model_id_fk" FOREIGN KEY ("model_id") REFERENCES "public"."model"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome" ADD CONSTRAINT "outcome_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome" ADD CONSTRAINT "outcome_proposed_model_id_model_id_fk" FOREIGN KEY ("proposed_model_id") REFERENCES "public"."model"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome" ADD CONSTRAINT "outcome_recorded_by_user_id_user_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task" ADD CONSTRAINT "task_fabrique_id_fabrique_id_fk" FOREIGN KEY ("fabrique_id") REFERENCES "public"."fabrique"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task" ADD CONSTRAINT "task_initiative_id_initiative_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiative"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task" ADD CONSTRAINT "task_owner_user_id_user_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task" ADD CONSTRAINT "task_created_by_user_id_user_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision" ADD CONSTRAINT "decision_initiative_id_initiative_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiative"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision" ADD CONSTRAINT "decision_meeting_id_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meeting"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision" ADD CONSTRAINT "decision_model_id_model_id_fk" FOREIGN KEY ("model_id") REFERENCES "public"."model"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision" ADD CONSTRAINT "decision_recorded_by_user_id_user_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document" ADD CONSTRAINT "document_fabrique_id_fabrique_id_fk" FOREIGN KEY ("fabrique_id") REFERENCES "public"."fabrique"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document" ADD CONSTRAINT "document_initiative_id_initiative_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiative"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document" ADD CONSTRAINT "document_meeting_id_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meeting"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document" ADD CONSTRAINT "document_signal_id_signal_id_fk" FOREIGN KEY ("signal_id") REFERENCES "public"."signal"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document" ADD CONSTRAINT "document_uploaded_by_user_id_user_id_fk" FOREIGN KEY ("uploaded_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_fabrique_id_fabrique_id_fk" FOREIGN KEY ("fabrique_id") REFERENCES "public"."fabrique"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_initiative_id_initiative_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiative"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_created_by_user_id_user_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_participant" ADD CONSTRAINT "meeting_participant_meeting_id_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meeting"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_participant" ADD CONSTRAINT "meeting_participant_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_participant" ADD CONSTRAINT "meeting_participant_contact_id_contact_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contact"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_participant" ADD CONSTRAINT "meeting_participant_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "study_version" ADD CONSTRAINT "study_version_initiative_id_initiative_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiative"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "study_version" ADD CONSTRAINT "study_version_by_user_id_user_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact" ADD CONSTRAINT "contact_fabrique_id_fabrique_id_fk" FOREIGN KEY ("fabrique_id") REFERENCES "public"."fabrique"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact" ADD CONSTRAINT "contact_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact" ADD CONSTRAINT "contact_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation" ADD CONSTRAINT "organisation_fabrique_id_fabrique_id_fk" FOREIGN KEY ("fabrique_id") REFERENCES "public"."fabrique"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme" ADD CONSTRAINT "programme_fabrique_id_fabrique_id_fk" FOREIGN KEY ("fabrique_id") REFERENCES "public"."fabrique"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme" ADD CONSTRAINT "programme_funder_organisation_id_organisation_id_fk" FOREIGN KEY ("funder_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "campaign_slug_idx" ON "campaign" USING btree ("fabrique_id","slug");--> statement-breakpoint
CREATE INDEX "saved_view_user_idx" ON "saved_view" USING btree ("user_id","list");--> statement-breakpoint
CREATE INDEX "forecast_initiative_idx" ON "forecast" USING btree ("initiative_id");--> statement-breakpoint
CREATE INDEX "carrier_candidate_initiative_idx" ON "carrier_candidate" USING btree ("initiative_id");--> statement-breakpoint
CREATE UNIQUE INDEX "follow_up_milestone_idx" ON "follow_up" USING btree ("initiative_id","milestone_months");--> statement-breakpoint
CREATE UNIQUE INDEX "initiative_reference_idx" ON "initiative" USING btree ("fabrique_id","reference");--> statement-breakpoint
CREATE INDEX "initiative_fabrique_stage_idx" ON "initiative" USING btree ("fabrique_id","stage");--> statement-breakpoint
CREATE INDEX "initiative_territory_idx" ON "initiative" USING btree ("territory_kind","territory_code");--> statement-breakpoint
CREATE INDEX "initiative_themes_idx" ON "initiative" USING gin ("themes");--> statement-breakpoint
CREATE INDEX "initiative_model_idx" ON "initiative" USING btree ("model_id");--> statement-breakpoint
CREATE INDEX "initiative_officer_idx" ON "initiative" USING btree ("officer_user_id");--> statement-breakpoint
CREATE INDEX "initiative_event_initiative_idx" ON "initiative_event" USING btree ("initiative_id","seq");--> statement-breakpoint
CREATE INDEX "initiative_partner_initiative_idx" ON "initiative_partner" USING btree ("initiative_id");--> statement-breakpoint
CREATE INDEX "initiative_partner_organisation_idx" ON "initiative_partner" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "initiative_partner_contact_idx" ON "initiative_partner" USING btree ("contact_id");--> statement-breakpoint
CREATE INDEX "initiative_programme_programme_idx" ON "initiative_programme" USING btree ("programme_id");--> statement-breakpoint
CREATE INDEX "initiative_signal_signal_idx" ON "initiative_signal" USING btree ("signal_id");--> statement-breakpoint
CREATE INDEX "outcome_model_idx" ON "outcome" USING btree ("model_id");--> statement-breakpoint
CREATE INDEX "task_initiative_idx" ON "task" USING btree ("initiative_id");--> statement-breakpoint
CREATE INDEX "task_owner_due_idx" ON "task" USING btree ("owner_user_id","due_on");--> statement-breakpoint
CREATE INDEX "decision_initiative_idx" ON "decision" USING btree ("initiative_id","decided_on");--> statement-breakpoint
CREATE INDEX "document_initiative_idx" ON "document" USING btree ("initiative_id");--> statement-breakpoint
CREATE INDEX "document_meeting_idx" ON "document" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "document_signal_idx" ON "document" USING btree ("signal_id");--> statement-breakpoint
CREATE INDEX "meeting_initiative_idx" ON "meeting" USING btree ("initiative_id","starts_at");--> statement-breakpoint
CREATE INDEX "meeting_fabrique_starts_idx" ON "meeting" USING btree ("fabrique_id","starts_at");--> statement-breakpoint
CREATE INDEX "meeting_participant_meeting_idx" ON "meeting_participant" USING btree ("meeting_id");--> statement-breakpoint
CREATE UNIQUE INDEX "study_version_idx" ON "study_version" USING btree ("initiative_id","version");--> statement-breakpoint
CREATE INDEX "contact_fabrique_name_idx" ON "contact" USING btree ("fabrique_id","name");--> statement-breakpoint
CREATE INDEX "contact_organisation_idx" ON "contact" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "contact_user_idx" ON "contact" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "organisation_fabrique_name_idx" ON "organisation" USING btree ("fabrique_id","name");--> statement-breakpoint
CREATE INDEX "organisation_siren_idx" ON "organisation" USING btree ("siren");--> statement-breakpoint
CREATE INDEX "programme_fabrique_idx" ON "programme" USING btree ("fabrique_id");--> statement-breakpoint
ALTER TABLE "signal" ADD CONSTRAINT "signal_campaign_id_campaign_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaign"("id") ON DELETE set null ON UPDATE no action;