using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;

namespace PluginCrm.Training.Data.Migrations;

[DbContext(typeof(TrainingDbContext))]
[Migration("20261128100002_CreateTrainingEvents")]
public sealed class CreateTrainingEvents : Migration
{
    protected override void Up(MigrationBuilder migration)
    {
        migration.CreateTable("training_events", t => new
        {
            Id = Key(t),
            Title = t.Column<string>(maxLength: 200, nullable: false),
            Kind = t.Column<string>(maxLength: 20, nullable: false),
            Audience = t.Column<string>(maxLength: 20, nullable: false),
            StartsUtc = t.Column<DateTime>(nullable: false),
            EndsUtc = t.Column<DateTime>(nullable: false),
            Place = t.Column<string>(maxLength: 300, nullable: true),
            OnlineLink = t.Column<string>(maxLength: 500, nullable: true),
            Capacity = t.Column<int>(nullable: true),
            CourseId = t.Column<long>(nullable: true),
            Description = t.Column<string>(maxLength: 4000, nullable: true),
            Status = t.Column<string>(maxLength: 20, nullable: false),
            CancelledUtc = t.Column<DateTime>(nullable: true),
            CancelReason = t.Column<string>(maxLength: 500, nullable: true),
            CreatedByUserId = t.Column<long>(nullable: true),
            CreatedUtc = t.Column<DateTime>(nullable: false),
            UpdatedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("pk_training_events", v => v.Id);
            t.ForeignKey("fk_training_events_course", v => v.CourseId, "training_courses", "Id", onDelete: ReferentialAction.SetNull);
        });
        migration.CreateIndex("ix_training_events_starts", "training_events", "StartsUtc");

        migration.CreateTable("training_event_registrations", t => new
        {
            Id = Key(t),
            EventId = t.Column<long>(nullable: false),
            CustomerId = t.Column<long>(nullable: true),
            UserId = t.Column<long>(nullable: true),
            Status = t.Column<string>(maxLength: 20, nullable: false),
            RegisteredByUserId = t.Column<long>(nullable: true),
            RegisteredUtc = t.Column<DateTime>(nullable: false),
            ConfirmedUtc = t.Column<DateTime>(nullable: true),
            CancelledUtc = t.Column<DateTime>(nullable: true),
            Attendance = t.Column<string>(maxLength: 20, nullable: true),
            AttendanceUtc = t.Column<DateTime>(nullable: true),
            AttendanceByUserId = t.Column<long>(nullable: true),
            RemindedUtc = t.Column<DateTime>(nullable: true),
            ReminderOutcome = t.Column<string>(maxLength: 40, nullable: true),
            FollowedUpUtc = t.Column<DateTime>(nullable: true),
            FollowUpOutcome = t.Column<string>(maxLength: 40, nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("pk_training_event_registrations", r => r.Id);
            t.ForeignKey("fk_training_event_registrations_event", r => r.EventId, "training_events", "Id", onDelete: ReferentialAction.Cascade);
        });
        // One live registration per learner and event; cancelled ones stay as history and do not count.
        migration.CreateIndex("ix_training_event_registrations_customer_live", "training_event_registrations", ["EventId", "CustomerId"], unique: true,
            filter: TrainingEventModel.LiveRegistration);
        migration.CreateIndex("ix_training_event_registrations_user_live", "training_event_registrations", ["EventId", "UserId"], unique: true,
            filter: TrainingEventModel.LiveRegistration);
        migration.CreateIndex("ix_training_event_registrations_status", "training_event_registrations", ["EventId", "Status"]);
        migration.CreateIndex("ix_training_event_registrations_customer", "training_event_registrations", "CustomerId");
        migration.CreateIndex("ix_training_event_registrations_user", "training_event_registrations", "UserId");
    }

    private static OperationBuilder<AddColumnOperation> Key(ColumnsBuilder t) => t.Column<long>(nullable: false)
        .Annotation("Sqlite:Autoincrement", true)
        .Annotation("Npgsql:ValueGenerationStrategy", "IdentityByDefaultColumn");

    protected override void Down(MigrationBuilder migration)
    {
        migration.DropTable("training_event_registrations");
        migration.DropTable("training_events");
    }
}
