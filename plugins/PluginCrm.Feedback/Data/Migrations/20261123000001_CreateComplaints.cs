using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PluginCrm.Feedback.Data.Migrations;

[DbContext(typeof(FeedbackDbContext))]
[Migration("20261123000001_CreateComplaints")]
public sealed class CreateComplaints : Migration
{
    protected override void Up(MigrationBuilder migration)
    {
        migration.CreateTable("feedback_complaints", t => new
        {
            Id = t.Column<long>(nullable: false)
                .Annotation("Sqlite:Autoincrement", true)
                .Annotation("Npgsql:ValueGenerationStrategy", "IdentityByDefaultColumn"),
            CustomerId = t.Column<long>(nullable: false),
            Subject = t.Column<string>(maxLength: 200, nullable: false),
            Description = t.Column<string>(nullable: false),
            Category = t.Column<string>(maxLength: 40, nullable: false),
            Channel = t.Column<string>(maxLength: 20, nullable: false),
            Priority = t.Column<string>(maxLength: 20, nullable: false),
            Status = t.Column<string>(maxLength: 20, nullable: false),
            OwnerId = t.Column<long>(nullable: true),
            TeamId = t.Column<long>(nullable: true),
            ReceivedUtc = t.Column<DateTime>(nullable: false),
            RespondByUtc = t.Column<DateTime>(nullable: false),
            ResolveByUtc = t.Column<DateTime>(nullable: false),
            FirstResponseUtc = t.Column<DateTime>(nullable: true),
            ResolvedUtc = t.Column<DateTime>(nullable: true),
            Resolution = t.Column<string>(nullable: true),
            ClosedUtc = t.Column<DateTime>(nullable: true),
            ReopenCount = t.Column<int>(nullable: false),
            CreatedUtc = t.Column<DateTime>(nullable: false),
            UpdatedUtc = t.Column<DateTime>(nullable: false),
            Version = t.Column<long>(nullable: false),
        }, constraints: t => t.PrimaryKey("pk_feedback_complaints", c => c.Id));
        migration.CreateIndex("ix_feedback_complaints_status_received", "feedback_complaints", ["Status", "ReceivedUtc"]);
        migration.CreateIndex("ix_feedback_complaints_owner", "feedback_complaints", "OwnerId");
        migration.CreateIndex("ix_feedback_complaints_customer", "feedback_complaints", "CustomerId");

        migration.CreateTable("feedback_complaint_events", t => new
        {
            Id = t.Column<long>(nullable: false)
                .Annotation("Sqlite:Autoincrement", true)
                .Annotation("Npgsql:ValueGenerationStrategy", "IdentityByDefaultColumn"),
            ComplaintId = t.Column<long>(nullable: false),
            OccurredUtc = t.Column<DateTime>(nullable: false),
            UserId = t.Column<long>(nullable: true),
            UserName = t.Column<string>(nullable: false),
            Kind = t.Column<string>(maxLength: 20, nullable: false),
            Text = t.Column<string>(nullable: true),
        }, constraints: t =>
        {
            t.PrimaryKey("pk_feedback_complaint_events", v => v.Id);
            t.ForeignKey("fk_feedback_complaint_events_complaint", v => v.ComplaintId, "feedback_complaints", "Id", onDelete: ReferentialAction.Cascade);
        });
        migration.CreateIndex("ix_feedback_complaint_events_complaint", "feedback_complaint_events", ["ComplaintId", "Id"]);
    }

    protected override void Down(MigrationBuilder migration)
    {
        migration.DropTable("feedback_complaint_events");
        migration.DropTable("feedback_complaints");
    }
}
