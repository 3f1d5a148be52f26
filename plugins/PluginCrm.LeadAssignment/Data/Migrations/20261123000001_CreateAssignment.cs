using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;

namespace PluginCrm.LeadAssignment.Data.Migrations;

[DbContext(typeof(LeadAssignmentDbContext))]
[Migration("20261123000001_CreateAssignment")]
public sealed class CreateAssignment : Migration
{
    protected override void Up(MigrationBuilder migration)
    {
        migration.CreateTable("la_rules", t => new
        {
            Id = Identity(t),
            Position = t.Column<int>(nullable: false),
            Name = t.Column<string>(nullable: false),
            Enabled = t.Column<bool>(nullable: false),
            Regions = t.Column<string>(nullable: true),
            Industries = t.Column<string>(nullable: true),
            Sources = t.Column<string>(nullable: true),
            Products = t.Column<string>(nullable: true),
            Languages = t.Column<string>(nullable: true),
            MinValue = t.Column<double>(nullable: true),
            MaxValue = t.Column<double>(nullable: true),
            RuleTemplate = t.Column<string>(nullable: true),
            RepId = t.Column<long>(nullable: true),
            TeamId = t.Column<long>(nullable: true),
            Strategy = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey("pk_la_rules", r => r.Id));

        migration.CreateTable("la_reps", t => new
        {
            UserId = t.Column<long>(nullable: false),
            Weight = t.Column<int>(nullable: false),
            Cap = t.Column<int>(nullable: true),
            AbsentUntilUtc = t.Column<DateTime>(nullable: true),
        }, constraints: t => t.PrimaryKey("pk_la_reps", r => r.UserId));

        migration.CreateTable("la_rotation_slots", t => new
        {
            Rotation = t.Column<string>(nullable: false),
            UserId = t.Column<long>(nullable: false),
            Credit = t.Column<long>(nullable: false),
        }, constraints: t => t.PrimaryKey("pk_la_rotation_slots", r => new { r.Rotation, r.UserId }));

        migration.CreateTable("la_decisions", t => new
        {
            Id = Identity(t),
            RecordType = t.Column<string>(nullable: false),
            RecordId = t.Column<long>(nullable: false),
            Action = t.Column<string>(nullable: false),
            FromOwnerId = t.Column<long>(nullable: true),
            ToOwnerId = t.Column<long>(nullable: true),
            ToTeamId = t.Column<long>(nullable: true),
            RuleId = t.Column<long>(nullable: true),
            RuleName = t.Column<string>(nullable: true),
            Strategy = t.Column<string>(nullable: true),
            Reason = t.Column<string>(nullable: true),
            Explanation = t.Column<string>(nullable: false),
            Actor = t.Column<string>(nullable: false),
            OccurredUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("pk_la_decisions", d => d.Id));
        migration.CreateIndex("ix_la_decisions_record", "la_decisions", ["RecordType", "RecordId"]);
        migration.CreateIndex("ix_la_decisions_owner_action", "la_decisions", ["ToOwnerId", "Action", "OccurredUtc"]);

        migration.CreateTable("la_pool", t => new
        {
            RecordType = t.Column<string>(nullable: false),
            RecordId = t.Column<long>(nullable: false),
            FormerOwnerId = t.Column<long>(nullable: true),
            Reason = t.Column<string>(nullable: false),
            EnteredUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("pk_la_pool", p => new { p.RecordType, p.RecordId }));

        migration.CreateTable("la_queue", t => new
        {
            LeadId = t.Column<long>(nullable: false),
            RuleId = t.Column<long>(nullable: false),
            QueuedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("pk_la_queue", q => q.LeadId));

        migration.CreateTable("la_contact_keys", t => new
        {
            Id = Identity(t),
            RecordType = t.Column<string>(nullable: false),
            RecordId = t.Column<long>(nullable: false),
            Kind = t.Column<string>(nullable: false),
            Value = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey("pk_la_contact_keys", k => k.Id));
        migration.CreateIndex("ix_la_contact_keys_value", "la_contact_keys", ["Kind", "Value"]);
        migration.CreateIndex("ix_la_contact_keys_record", "la_contact_keys", ["RecordType", "RecordId"]);
    }

    private static OperationBuilder<AddColumnOperation> Identity(ColumnsBuilder t) =>
        t.Column<long>(nullable: false)
            .Annotation("Sqlite:Autoincrement", true)
            .Annotation("Npgsql:ValueGenerationStrategy", "IdentityByDefaultColumn");

    protected override void Down(MigrationBuilder migration)
    {
        foreach (var table in new[] { "la_rules", "la_reps", "la_rotation_slots", "la_decisions", "la_pool", "la_queue", "la_contact_keys" })
            migration.DropTable(table);
    }
}
