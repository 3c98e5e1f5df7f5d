CREATE TABLE "conversation_comment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"thread_id" uuid NOT NULL,
	"author_user_id" uuid,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"edited_at" timestamp with time zone,
	"task_id" uuid
);
--> statement-breakpoint
CREATE TABLE "conversation_comment_revision" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"comment_id" uuid NOT NULL,
	"body" text NOT NULL,
	"written_at" timestamp with time zone NOT NULL,
	"written_by_user_id" uuid,
	"replaced_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "conversation_thread" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"fabrique_id" uuid NOT NULL,
	"initiative_id" uuid NOT NULL,
	"visibility" text NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "conversation_comment" ADD CONSTRAINT "conversation_comment_thread_id_conversation_thread_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."conversation_thread"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_comment" ADD CONSTRAINT "conversation_comment_author_user_id_user_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_comment" ADD CONSTRAINT "conversation_comment_task_id_task_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."task"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_comment_revision" ADD CONSTRAINT "conversation_comment_revision_comment_id_conversation_comment_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."conversation_comment"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_comment_revision" ADD CONSTRAINT "conversation_comment_revision_written_by_user_id_user_id_fk" FOREIGN KEY ("written_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_thread" ADD CONSTRAINT "conversation_thread_fabrique_id_fabrique_id_fk" FOREIGN KEY ("fabrique_id") REFERENCES "public"."fabrique"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_thread" ADD CONSTRAINT "conversation_thread_initiative_id_initiative_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiative"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_thread" ADD CONSTRAINT "conversation_thread_created_by_user_id_user_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "conversation_comment_thread_idx" ON "conversation_comment" USING btree ("thread_id","created_at");--> statement-breakpoint
CREATE INDEX "conversation_comment_revision_comment_idx" ON "conversation_comment_revision" USING btree ("comment_id","replaced_at");--> statement-breakpoint
CREATE INDEX "conversation_thread_initiative_idx" ON "conversation_thread" USING btree ("initiative_id","created_at");