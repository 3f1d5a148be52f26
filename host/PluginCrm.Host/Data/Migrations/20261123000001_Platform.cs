using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PluginCrm.Host.Data.Migrations;

/// <summary>Module switches, saved plugin settings and job schedules. Written by hand with provider-neutral column types.</summary>
[DbContext(typeof(CrmDbContext))]
[Migration("20261123000001_Platform")]
public sealed class Platform : Migration
{
    protected override void Up(MigrationBuilder migration)
    {
        migration.CreateTable("modules", t => new
        {
            PluginId = t.Column<string>(maxLength: 40, nullable: false),
            Enabled = t.Column<bool>(nullable: false),
            ChangedUtc = t.Column<DateTime>(nullable: false),
            ChangedBy = t.Column<string>(maxLength: 100, nullable: false),
        }, constraints: t => t.PrimaryKey("pk_modules", m => m.PluginId));

        migration.CreateTable("plugin_settings", t => new
        {
            PluginId = t.Column<string>(maxLength: 40, nullable: false),
            Json = t.Column<string>(nullable: false),
            ChangedUtc = t.Column<DateTime>(nullable: false),
            ChangedBy = t.Column<string>(maxLength: 100, nullable: false),
        }, constraints: t => t.PrimaryKey("pk_plugin_settings", s => s.PluginId));

        migration.CreateTable("job_schedules", t => new
        {
            JobKey = t.Column<string>(maxLength: 110, nullable: false),
            NextRunUtc = t.Column<DateTime>(nullable: false),
            LeaseOwner = t.Column<string>(maxLength: 100, nullable: true),
            LeaseUntilUtc = t.Column<DateTime>(nullable: true),
            LastRunUtc = t.Column<DateTime>(nullable: true),
            LastOutcome = t.Column<string>(maxLength: 20, nullable: true),
            LastError = t.Column<string>(maxLength: 2000, nullable: true),
        }, constraints: t => t.PrimaryKey("pk_job_schedules", j => j.JobKey));
    }

    protected override void Down(MigrationBuilder migration)
    {
        migration.DropTable("job_schedules");
        migration.DropTable("plugin_settings");
        migration.DropTable("modules");
    }
}
