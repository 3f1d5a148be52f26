using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;

namespace PluginCrm.Feedback.Data.Migrations;

[DbContext(typeof(FeedbackDbContext))]
[Migration("20261128000001_CreateSurveys")]
public sealed class CreateSurveys : Migration
{
    protected override void Up(MigrationBuilder migration)
    {
        migration.CreateTable("feedback_surveys", t => new
        {
            Id = Key(t),
            Key = t.Column<string>(maxLength: 60, nullable: false),
            Title = t.Column<string>(maxLength: 200, nullable: false),
            Status = t.Column<string>(maxLength: 20, nullable: false),
            Anonymous = t.Column<bool>(nullable: false),
            Draft = t.Column<string>(nullable: false),
            CurrentVersion = t.Column<int>(nullable: false),
            CreatedUtc = t.Column<DateTime>(nullable: false),
            UpdatedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("pk_feedback_surveys", s => s.Id));
        migration.CreateIndex("ix_feedback_surveys_key", "feedback_surveys", "Key", unique: true);

        migration.CreateTable("feedback_survey_versions", t => new
        {
            Id = Key(t),
            SurveyId = t.Column<long>(nullable: false),
            Number = t.Column<int>(nullable: false),
            Definition = t.Column<string>(nullable: false),
            PublishedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("pk_feedback_survey_versions", v => v.Id);
            t.ForeignKey("fk_feedback_survey_versions_survey", v => v.SurveyId, "feedback_surveys", "Id", onDelete: ReferentialAction.Cascade);
        });
        migration.CreateIndex("ix_feedback_survey_versions_number", "feedback_survey_versions", ["SurveyId", "Number"], unique: true);

        migration.CreateTable("feedback_survey_invitations", t => new
        {
            Id = Key(t),
            SurveyId = t.Column<long>(nullable: false),
            VersionNumber = t.Column<int>(nullable: false),
            CustomerId = t.Column<long>(nullable: false),
            TokenHash = t.Column<string>(maxLength: 64, nullable: false),
            CreatedUtc = t.Column<DateTime>(nullable: false),
            ExpiresUtc = t.Column<DateTime>(nullable: false),
            AnsweredUtc = t.Column<DateTime>(nullable: true),
            CreatedByUserId = t.Column<long>(nullable: true),
            Wave = t.Column<string>(maxLength: 60, nullable: false),
            RelatedTo = t.Column<string>(maxLength: 80, nullable: true),
            RemindedUtc = t.Column<DateTime>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("pk_feedback_survey_invitations", i => i.Id);
            t.ForeignKey("fk_feedback_survey_invitations_survey", i => i.SurveyId, "feedback_surveys", "Id", onDelete: ReferentialAction.Cascade);
        });
        migration.CreateIndex("ix_feedback_survey_invitations_token", "feedback_survey_invitations", "TokenHash", unique: true);
        migration.CreateIndex("ix_feedback_survey_invitations_customer", "feedback_survey_invitations", ["CustomerId", "CreatedUtc"]);
        migration.CreateIndex("ix_feedback_survey_invitations_wave", "feedback_survey_invitations", ["SurveyId", "Wave"]);

        migration.CreateTable("feedback_survey_answers", t => new
        {
            Id = Key(t),
            SurveyId = t.Column<long>(nullable: false),
            VersionNumber = t.Column<int>(nullable: false),
            CustomerId = t.Column<long>(nullable: true),
            OwnerId = t.Column<long>(nullable: true),
            TeamId = t.Column<long>(nullable: true),
            Channel = t.Column<string>(maxLength: 20, nullable: false),
            AnsweredUtc = t.Column<DateTime>(nullable: false),
            EnteredByUserId = t.Column<long>(nullable: true),
            RelatedTo = t.Column<string>(maxLength: 80, nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("pk_feedback_survey_answers", a => a.Id);
            t.ForeignKey("fk_feedback_survey_answers_survey", a => a.SurveyId, "feedback_surveys", "Id", onDelete: ReferentialAction.Cascade);
        });
        migration.CreateIndex("ix_feedback_survey_answers_survey", "feedback_survey_answers", ["SurveyId", "AnsweredUtc"]);
        migration.CreateIndex("ix_feedback_survey_answers_customer", "feedback_survey_answers", ["CustomerId", "AnsweredUtc"]);

        migration.CreateTable("feedback_survey_answer_items", t => new
        {
            Id = Key(t),
            AnswerId = t.Column<long>(nullable: false),
            QuestionKey = t.Column<string>(maxLength: 60, nullable: false),
            QuestionType = t.Column<string>(maxLength: 20, nullable: false),
            Number = t.Column<int>(nullable: true),
            Text = t.Column<string>(nullable: true),
            Sentiment = t.Column<string>(maxLength: 10, nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("pk_feedback_survey_answer_items", i => i.Id);
            t.ForeignKey("fk_feedback_survey_answer_items_answer", i => i.AnswerId, "feedback_survey_answers", "Id", onDelete: ReferentialAction.Cascade);
        });
        migration.CreateIndex("ix_feedback_survey_answer_items_question", "feedback_survey_answer_items", ["AnswerId", "QuestionKey"]);
        CreateEntries(migration);
    }

    // Suggestions, reviews and comments: feedback that is neither a complaint nor a survey answer.
    private static void CreateEntries(MigrationBuilder migration)
    {
        migration.CreateTable("feedback_entries", t => new
        {
            Id = Key(t),
            CustomerId = t.Column<long>(nullable: false),
            Kind = t.Column<string>(maxLength: 20, nullable: false),
            Text = t.Column<string>(nullable: false),
            Category = t.Column<string>(maxLength: 40, nullable: false),
            Channel = t.Column<string>(maxLength: 20, nullable: false),
            Rating = t.Column<int>(nullable: true),
            Sentiment = t.Column<string>(maxLength: 10, nullable: false),
            OwnerId = t.Column<long>(nullable: true),
            TeamId = t.Column<long>(nullable: true),
            ReceivedUtc = t.Column<DateTime>(nullable: false),
            EnteredByUserId = t.Column<long>(nullable: true),
        }, constraints: t => t.PrimaryKey("pk_feedback_entries", f => f.Id));
        migration.CreateIndex("ix_feedback_entries_customer", "feedback_entries", ["CustomerId", "ReceivedUtc"]);
        migration.CreateIndex("ix_feedback_entries_received", "feedback_entries", "ReceivedUtc");
    }

    private static OperationBuilder<AddColumnOperation> Key(ColumnsBuilder t) => t.Column<long>(nullable: false)
        .Annotation("Sqlite:Autoincrement", true)
        .Annotation("Npgsql:ValueGenerationStrategy", "IdentityByDefaultColumn");

    protected override void Down(MigrationBuilder migration)
    {
        migration.DropTable("feedback_entries");
        migration.DropTable("feedback_survey_answer_items");
        migration.DropTable("feedback_survey_answers");
        migration.DropTable("feedback_survey_invitations");
        migration.DropTable("feedback_survey_versions");
        migration.DropTable("feedback_surveys");
    }
}
