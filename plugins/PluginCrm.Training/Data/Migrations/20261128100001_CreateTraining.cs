using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;

namespace PluginCrm.Training.Data.Migrations;

[DbContext(typeof(TrainingDbContext))]
[Migration("20261128100001_CreateTraining")]
public sealed class CreateTraining : Migration
{
    protected override void Up(MigrationBuilder migration)
    {
        migration.CreateTable("training_courses", t => new
        {
            Id = Key(t),
            Key = t.Column<string>(maxLength: 60, nullable: false),
            Title = t.Column<string>(maxLength: 200, nullable: false),
            Audience = t.Column<string>(maxLength: 20, nullable: false),
            Status = t.Column<string>(maxLength: 20, nullable: false),
            Draft = t.Column<string>(nullable: false),
            CurrentVersion = t.Column<int>(nullable: false),
            CreatedUtc = t.Column<DateTime>(nullable: false),
            UpdatedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("pk_training_courses", c => c.Id));
        migration.CreateIndex("ix_training_courses_key", "training_courses", "Key", unique: true);

        migration.CreateTable("training_course_versions", t => new
        {
            Id = Key(t),
            CourseId = t.Column<long>(nullable: false),
            Number = t.Column<int>(nullable: false),
            Definition = t.Column<string>(nullable: false),
            PublishedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("pk_training_course_versions", v => v.Id);
            t.ForeignKey("fk_training_course_versions_course", v => v.CourseId, "training_courses", "Id", onDelete: ReferentialAction.Cascade);
        });
        migration.CreateIndex("ix_training_course_versions_number", "training_course_versions", ["CourseId", "Number"], unique: true);

        CreateLearning(migration);
        CreateCertificatesAndLinks(migration);
    }

    private static void CreateLearning(MigrationBuilder migration)
    {
        migration.CreateTable("training_enrolments", t => new
        {
            Id = Key(t),
            CourseId = t.Column<long>(nullable: false),
            VersionNumber = t.Column<int>(nullable: false),
            CustomerId = t.Column<long>(nullable: true),
            UserId = t.Column<long>(nullable: true),
            Source = t.Column<string>(maxLength: 20, nullable: false),
            EnrolledByUserId = t.Column<long>(nullable: true),
            EnrolledUtc = t.Column<DateTime>(nullable: false),
            LessonsDone = t.Column<int>(nullable: false),
            LessonsTotal = t.Column<int>(nullable: false),
            CompletedUtc = t.Column<DateTime>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("pk_training_enrolments", n => n.Id);
            t.ForeignKey("fk_training_enrolments_course", n => n.CourseId, "training_courses", "Id", onDelete: ReferentialAction.Cascade);
        });
        migration.CreateIndex("ix_training_enrolments_course_customer", "training_enrolments", ["CourseId", "CustomerId"], unique: true);
        migration.CreateIndex("ix_training_enrolments_course_user", "training_enrolments", ["CourseId", "UserId"], unique: true);
        migration.CreateIndex("ix_training_enrolments_customer", "training_enrolments", "CustomerId");
        migration.CreateIndex("ix_training_enrolments_user", "training_enrolments", "UserId");

        migration.CreateTable("training_lesson_progress", t => new
        {
            Id = Key(t),
            EnrolmentId = t.Column<long>(nullable: false),
            LessonKey = t.Column<string>(maxLength: 60, nullable: false),
            DoneUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("pk_training_lesson_progress", p => p.Id);
            t.ForeignKey("fk_training_lesson_progress_enrolment", p => p.EnrolmentId, "training_enrolments", "Id", onDelete: ReferentialAction.Cascade);
        });
        migration.CreateIndex("ix_training_lesson_progress_lesson", "training_lesson_progress", ["EnrolmentId", "LessonKey"], unique: true);

        migration.CreateTable("training_quiz_attempts", t => new
        {
            Id = Key(t),
            EnrolmentId = t.Column<long>(nullable: false),
            LessonKey = t.Column<string>(maxLength: 60, nullable: false),
            Number = t.Column<int>(nullable: false),
            Points = t.Column<decimal>(nullable: false),
            MaxPoints = t.Column<decimal>(nullable: false),
            Percent = t.Column<decimal>(nullable: false),
            Passed = t.Column<bool>(nullable: false),
            SubmittedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("pk_training_quiz_attempts", a => a.Id);
            t.ForeignKey("fk_training_quiz_attempts_enrolment", a => a.EnrolmentId, "training_enrolments", "Id", onDelete: ReferentialAction.Cascade);
        });
        migration.CreateIndex("ix_training_quiz_attempts_number", "training_quiz_attempts", ["EnrolmentId", "LessonKey", "Number"], unique: true);

        migration.CreateTable("training_attempt_items", t => new
        {
            Id = Key(t),
            AttemptId = t.Column<long>(nullable: false),
            QuestionKey = t.Column<string>(maxLength: 60, nullable: false),
            Answer = t.Column<string>(nullable: false),
            Credit = t.Column<decimal>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("pk_training_attempt_items", i => i.Id);
            t.ForeignKey("fk_training_attempt_items_attempt", i => i.AttemptId, "training_quiz_attempts", "Id", onDelete: ReferentialAction.Cascade);
        });
        migration.CreateIndex("ix_training_attempt_items_attempt", "training_attempt_items", "AttemptId");
    }

    private static void CreateCertificatesAndLinks(MigrationBuilder migration)
    {
        migration.CreateTable("training_certificates", t => new
        {
            Id = Key(t),
            EnrolmentId = t.Column<long>(nullable: false),
            Code = t.Column<string>(maxLength: 20, nullable: false),
            LearnerName = t.Column<string>(maxLength: 200, nullable: false),
            Text = t.Column<string>(nullable: false),
            IssuedUtc = t.Column<DateTime>(nullable: false),
            RevokedUtc = t.Column<DateTime>(nullable: true),
            RevokedReason = t.Column<string>(maxLength: 500, nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("pk_training_certificates", c => c.Id);
            t.ForeignKey("fk_training_certificates_enrolment", c => c.EnrolmentId, "training_enrolments", "Id", onDelete: ReferentialAction.Cascade);
        });
        migration.CreateIndex("ix_training_certificates_code", "training_certificates", "Code", unique: true);
        migration.CreateIndex("ix_training_certificates_enrolment", "training_certificates", "EnrolmentId", unique: true);

        migration.CreateTable("training_learner_links", t => new
        {
            Id = Key(t),
            CourseId = t.Column<long>(nullable: false),
            CustomerId = t.Column<long>(nullable: false),
            TokenHash = t.Column<string>(maxLength: 64, nullable: false),
            CreatedByUserId = t.Column<long>(nullable: true),
            CreatedUtc = t.Column<DateTime>(nullable: false),
            ExpiresUtc = t.Column<DateTime>(nullable: false),
            EnrolmentId = t.Column<long>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("pk_training_learner_links", l => l.Id);
            t.ForeignKey("fk_training_learner_links_course", l => l.CourseId, "training_courses", "Id", onDelete: ReferentialAction.Cascade);
        });
        migration.CreateIndex("ix_training_learner_links_token", "training_learner_links", "TokenHash", unique: true);
        migration.CreateIndex("ix_training_learner_links_customer", "training_learner_links", ["CourseId", "CustomerId"]);
    }

    private static OperationBuilder<AddColumnOperation> Key(ColumnsBuilder t) => t.Column<long>(nullable: false)
        .Annotation("Sqlite:Autoincrement", true)
        .Annotation("Npgsql:ValueGenerationStrategy", "IdentityByDefaultColumn");

    protected override void Down(MigrationBuilder migration)
    {
        migration.DropTable("training_learner_links");
        migration.DropTable("training_certificates");
        migration.DropTable("training_attempt_items");
        migration.DropTable("training_quiz_attempts");
        migration.DropTable("training_lesson_progress");
        migration.DropTable("training_enrolments");
        migration.DropTable("training_course_versions");
        migration.DropTable("training_courses");
    }
}
