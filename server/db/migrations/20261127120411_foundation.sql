CREATE TABLE "api_token" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"token_hash" text NOT NULL,
	"prefix" text NOT NULL,
	"name" text NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "api_token_tokenHash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "invitation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"token_hash" text NOT NULL,
	"email" text NOT NULL,
	"role" text NOT NULL,
	"fabrique_id" uuid,
	"initiative_id" uuid,
	"invited_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "invitation_tokenHash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "membership" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"fabrique_id" uuid NOT NULL,
	"role" text NOT NULL,
	"initiative_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "password_reset" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"token_hash" text NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	CONSTRAINT "password_reset_tokenHash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "session" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"token_hash" text NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"user_agent" text,
	CONSTRAINT "session_tokenHash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "user" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text,
	"is_network_animator" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"disabled_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "model" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"external_id" text,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"description" text NOT NULL,
	"themes" text[] DEFAULT '{}'::text[] NOT NULL,
	"publics" text[] DEFAULT '{}'::text[] NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"revenue_mix" text DEFAULT '' NOT NULL,
	"typical_budget_cents" bigint,
	"jobs_fte" double precision,
	"insertion_jobs_fte" double precision,
	"disability_jobs_fte" double precision,
	"investment_cents" bigint,
	"premises" text DEFAULT '' NOT NULL,
	"legal_forms" text[] DEFAULT '{}'::text[] NOT NULL,
	"prerequisites" text DEFAULT '' NOT NULL,
	"replication_type" text,
	"origin_organisation" text DEFAULT '' NOT NULL,
	"origin_territory_kind" text,
	"origin_territory_code" text,
	"presence" text DEFAULT '' NOT NULL,
	"contact" text DEFAULT '' NOT NULL,
	"source_urls" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"owner_fabrique_id" uuid,
	"created_by_user_id" uuid,
	"status_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "model_externalId_unique" UNIQUE("external_id")
);
--> statement-breakpoint
CREATE TABLE "model_search_document" (
	"doc_id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "model_search_document_doc_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"model_id" uuid NOT NULL,
	"length" real NOT NULL,
	"status" text NOT NULL,
	"owner_fabrique_id" uuid,
	"themes" text[] NOT NULL,
	"publics" text[] NOT NULL,
	"legal_forms" text[] NOT NULL,
	"territory_keys" text[] NOT NULL,
	"region_code" text,
	CONSTRAINT "model_search_document_modelId_unique" UNIQUE("model_id")
);
--> statement-breakpoint
CREATE TABLE "model_search_document_terms" (
	"doc_id" integer PRIMARY KEY NOT NULL,
	"term_ids" integer[] NOT NULL
);
--> statement-breakpoint
CREATE TABLE "model_search_posting" (
	"term_id" integer NOT NULL,
	"doc_id" integer NOT NULL,
	"frequency" real NOT NULL,
	"length" real NOT NULL,
	"fields" smallint NOT NULL,
	CONSTRAINT "model_search_posting_term_id_doc_id_pk" PRIMARY KEY("term_id","doc_id")
);
--> statement-breakpoint
CREATE TABLE "model_search_stats" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"document_count" integer NOT NULL,
	"total_length" double precision NOT NULL
);
--> statement-breakpoint
CREATE TABLE "model_search_term" (
	"term_id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "model_search_term_term_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"lexeme" text NOT NULL,
	"document_count" integer NOT NULL,
	CONSTRAINT "model_search_term_lexeme_unique" UNIQUE("lexeme")
);
--> statement-breakpoint
CREATE TABLE "model_status_event" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"model_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"by_user_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_synonym" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"terms" text[] NOT NULL,
	"lexemes" jsonb NOT NULL,
	"theme_code" text,
	"note" text DEFAULT '' NOT NULL,
	"updated_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "theme" (
	"code" text PRIMARY KEY NOT NULL,
	"label" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"position" integer NOT NULL,
	"inclusion_thematiques" text[] DEFAULT '{}'::text[] NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mail_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"to" text NOT NULL,
	"subject" text NOT NULL,
	"text" text NOT NULL,
	"purpose" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "fabrique" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"carrying_structure" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"region_code" text,
	"contact_email" text,
	"status" text DEFAULT 'candidate' NOT NULL,
	"status_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fabrique_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "fabrique_status_event" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"fabrique_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"by_user_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "network" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "offer_service" (
	"source" text NOT NULL,
	"id" text NOT NULL,
	"structure_id" text NOT NULL,
	"name" text NOT NULL,
	"description" text NOT NULL,
	"thematiques" text[] DEFAULT '{}'::text[] NOT NULL,
	"publics" text[] DEFAULT '{}'::text[] NOT NULL,
	"type" text,
	"fees" text,
	"address" text,
	"postcode" text,
	"code_insee" text,
	"commune" text,
	"eligibility_zone" text[],
	"zone_keys" text[] DEFAULT '{}'::text[] NOT NULL,
	"zone_up_keys" text[] DEFAULT '{}'::text[] NOT NULL,
	"address_up_keys" text[] DEFAULT '{}'::text[] NOT NULL,
	"updated_on" date NOT NULL,
	"data" jsonb NOT NULL,
	"imported_at" timestamp with time zone NOT NULL,
	CONSTRAINT "offer_service_source_id_pk" PRIMARY KEY("source","id")
);
--> statement-breakpoint
CREATE TABLE "offer_structure" (
	"source" text NOT NULL,
	"id" text NOT NULL,
	"name" text NOT NULL,
	"siret" text,
	"description" text,
	"address" text,
	"postcode" text,
	"code_insee" text,
	"commune" text,
	"website" text,
	"updated_on" date NOT NULL,
	"data" jsonb NOT NULL,
	"imported_at" timestamp with time zone NOT NULL,
	CONSTRAINT "offer_structure_source_id_pk" PRIMARY KEY("source","id")
);
--> statement-breakpoint
CREATE TABLE "signal" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"fabrique_id" uuid NOT NULL,
	"reference" text NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"territory_kind" text NOT NULL,
	"territory_code" text NOT NULL,
	"themes" text[] DEFAULT '{}'::text[] NOT NULL,
	"publics" text[] DEFAULT '{}'::text[] NOT NULL,
	"channel" text NOT NULL,
	"source_organisation" text DEFAULT '' NOT NULL,
	"source_person" text DEFAULT '' NOT NULL,
	"evidence" text DEFAULT '' NOT NULL,
	"submitter_name" text DEFAULT '' NOT NULL,
	"submitter_email" text DEFAULT '' NOT NULL,
	"submitter_type" text,
	"consent_at" timestamp with time zone,
	"status" text DEFAULT 'new' NOT NULL,
	"status_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"wake_up_on" date,
	"coverage" text,
	"coverage_note" text DEFAULT '' NOT NULL,
	"merged_into_id" uuid,
	"campaign_id" uuid,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "signal_event" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" integer GENERATED ALWAYS AS IDENTITY (sequence name "signal_event_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"signal_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"by_user_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "signal_reference_counter" (
	"fabrique_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "signal_reference_counter_fabrique_id_year_pk" PRIMARY KEY("fabrique_id","year")
);
--> statement-breakpoint
CREATE TABLE "signal_submission_attempt" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_key" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "system_state" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "territory" (
	"kind" text NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"search_name" text DEFAULT '' NOT NULL,
	"population" integer,
	"region_code" text,
	"departement_code" text,
	"epci_code" text,
	"commune_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"postcodes" text[] DEFAULT '{}'::text[] NOT NULL,
	"nature" text,
	"cog_year" integer NOT NULL,
	CONSTRAINT "territory_kind_code_pk" PRIMARY KEY("kind","code")
);
--> statement-breakpoint
CREATE TABLE "territory_alias" (
	"kind" text NOT NULL,
	"code" text NOT NULL,
	"target_code" text NOT NULL,
	"name" text NOT NULL,
	"search_name" text DEFAULT '' NOT NULL,
	"alias_type" text NOT NULL,
	"cog_year" integer NOT NULL,
	CONSTRAINT "territory_alias_kind_code_pk" PRIMARY KEY("kind","code")
);
--> statement-breakpoint
CREATE TABLE "territory_geometry" (
	"kind" text NOT NULL,
	"code" text NOT NULL,
	"geometry" jsonb NOT NULL,
	"source" text NOT NULL,
	"imported_at" timestamp with time zone NOT NULL,
	CONSTRAINT "territory_geometry_kind_code_pk" PRIMARY KEY("kind","code")
);
--> statement-breakpoint
CREATE TABLE "territory_programme" (
	"kind" text NOT NULL,
	"code" text NOT NULL,
	"programme" text NOT NULL,
	"reference" text,
	"source" text NOT NULL,
	"imported_at" timestamp with time zone NOT NULL,
	CONSTRAINT "territory_programme_kind_code_programme_pk" PRIMARY KEY("kind","code","programme")
);
--> statement-breakpoint
CREATE TABLE "territory_word" (
	"word" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
ALTER TABLE "api_token" ADD CONSTRAINT "api_token_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitation" ADD CONSTRAINT "invitation_fabrique_id_fabrique_id_fk" FOREIGN KEY ("fabrique_id") REFERENCES "public"."fabrique"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitation" ADD CONSTRAINT "invitation_invited_by_id_user_id_fk" FOREIGN KEY ("invited_by_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership" ADD CONSTRAINT "membership_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership" ADD CONSTRAINT "membership_fabrique_id_fabrique_id_fk" FOREIGN KEY ("fabrique_id") REFERENCES "public"."fabrique"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "password_reset" ADD CONSTRAINT "password_reset_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session" ADD CONSTRAINT "session_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "model" ADD CONSTRAINT "model_owner_fabrique_id_fabrique_id_fk" FOREIGN KEY ("owner_fabrique_id") REFERENCES "public"."fabrique"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "model_search_document" ADD CONSTRAINT "model_search_document_model_id_model_id_fk" FOREIGN KEY ("model_id") REFERENCES "public"."model"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "model_search_document_terms" ADD CONSTRAINT "model_search_document_terms_doc_id_model_search_document_doc_id_fk" FOREIGN KEY ("doc_id") REFERENCES "public"."model_search_document"("doc_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "model_status_event" ADD CONSTRAINT "model_status_event_model_id_model_id_fk" FOREIGN KEY ("model_id") REFERENCES "public"."model"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "search_synonym" ADD CONSTRAINT "search_synonym_theme_code_theme_code_fk" FOREIGN KEY ("theme_code") REFERENCES "public"."theme"("code") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fabrique_status_event" ADD CONSTRAINT "fabrique_status_event_fabrique_id_fabrique_id_fk" FOREIGN KEY ("fabrique_id") REFERENCES "public"."fabrique"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signal" ADD CONSTRAINT "signal_fabrique_id_fabrique_id_fk" FOREIGN KEY ("fabrique_id") REFERENCES "public"."fabrique"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signal" ADD CONSTRAINT "signal_created_by_user_id_user_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signal_event" ADD CONSTRAINT "signal_event_signal_id_signal_id_fk" FOREIGN KEY ("signal_id") REFERENCES "public"."signal"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signal_reference_counter" ADD CONSTRAINT "signal_reference_counter_fabrique_id_fabrique_id_fk" FOREIGN KEY ("fabrique_id") REFERENCES "public"."fabrique"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "territory_geometry" ADD CONSTRAINT "territory_geometry_kind_code_territory_kind_code_fk" FOREIGN KEY ("kind","code") REFERENCES "public"."territory"("kind","code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "territory_programme" ADD CONSTRAINT "territory_programme_kind_code_territory_kind_code_fk" FOREIGN KEY ("kind","code") REFERENCES "public"."territory"("kind","code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "api_token_user_idx" ON "api_token" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "invitation_fabrique_idx" ON "invitation" USING btree ("fabrique_id");--> statement-breakpoint
CREATE INDEX "membership_user_idx" ON "membership" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "membership_fabrique_idx" ON "membership" USING btree ("fabrique_id");--> statement-breakpoint
CREATE UNIQUE INDEX "membership_scope_key" ON "membership" USING btree ("user_id","fabrique_id",coalesce("initiative_id", '00000000-0000-0000-0000-000000000000'::uuid));--> statement-breakpoint
CREATE INDEX "session_user_idx" ON "session" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "user_email_key" ON "user" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "model_status_idx" ON "model" USING btree ("status");--> statement-breakpoint
CREATE INDEX "model_owner_idx" ON "model" USING btree ("owner_fabrique_id");--> statement-breakpoint
CREATE INDEX "model_search_document_status_idx" ON "model_search_document" USING btree ("status");--> statement-breakpoint
CREATE INDEX "model_search_document_territory_idx" ON "model_search_document" USING gin ("territory_keys") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "model_search_posting_strong_idx" ON "model_search_posting" USING btree ("term_id","frequency" DESC NULLS LAST,"doc_id","length") WHERE "model_search_posting"."fields" & 7 <> 0;--> statement-breakpoint
CREATE INDEX "model_search_term_trgm_idx" ON "model_search_term" USING gin ("lexeme" gin_trgm_ops) WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "model_status_event_model_idx" ON "model_status_event" USING btree ("model_id");--> statement-breakpoint
CREATE INDEX "mail_outbox_status_idx" ON "mail_outbox" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "fabrique_status_idx" ON "fabrique" USING btree ("status");--> statement-breakpoint
CREATE INDEX "fabrique_status_event_fabrique_idx" ON "fabrique_status_event" USING btree ("fabrique_id");--> statement-breakpoint
CREATE INDEX "offer_service_structure_idx" ON "offer_service" USING btree ("source","structure_id");--> statement-breakpoint
CREATE INDEX "offer_service_zone_idx" ON "offer_service" USING gin ("zone_keys") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "offer_service_zone_up_idx" ON "offer_service" USING gin ("zone_up_keys") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "offer_service_address_up_idx" ON "offer_service" USING gin ("address_up_keys") WITH (fastupdate=false);--> statement-breakpoint
CREATE UNIQUE INDEX "signal_reference_idx" ON "signal" USING btree ("fabrique_id","reference");--> statement-breakpoint
CREATE INDEX "signal_fabrique_created_idx" ON "signal" USING btree ("fabrique_id","created_at");--> statement-breakpoint
CREATE INDEX "signal_fabrique_status_idx" ON "signal" USING btree ("fabrique_id","status");--> statement-breakpoint
CREATE INDEX "signal_territory_idx" ON "signal" USING btree ("territory_kind","territory_code");--> statement-breakpoint
CREATE INDEX "signal_themes_idx" ON "signal" USING gin ("themes");--> statement-breakpoint
CREATE INDEX "signal_created_by_idx" ON "signal" USING btree ("created_by_user_id");--> statement-breakpoint
CREATE INDEX "signal_event_signal_idx" ON "signal_event" USING btree ("signal_id","seq");--> statement-breakpoint
CREATE INDEX "signal_submission_attempt_key_idx" ON "signal_submission_attempt" USING btree ("client_key","at");--> statement-breakpoint
CREATE INDEX "territory_departement_idx" ON "territory" USING btree ("departement_code");--> statement-breakpoint
CREATE INDEX "territory_epci_idx" ON "territory" USING btree ("epci_code");--> statement-breakpoint
CREATE INDEX "territory_region_idx" ON "territory" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "territory_search_name_trgm_idx" ON "territory" USING gin ("search_name" gin_trgm_ops) WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "territory_search_name_prefix_idx" ON "territory" USING btree ("search_name" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "territory_postcodes_idx" ON "territory" USING gin ("postcodes") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "territory_commune_codes_idx" ON "territory" USING gin ("commune_codes") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "territory_alias_target_idx" ON "territory_alias" USING btree ("kind","target_code");--> statement-breakpoint
CREATE INDEX "territory_word_trgm_idx" ON "territory_word" USING gin ("word" gin_trgm_ops) WITH (fastupdate=false);