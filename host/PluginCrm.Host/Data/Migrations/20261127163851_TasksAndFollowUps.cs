using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PluginCrm.Host.Data.Migrations
{
    /// <inheritdoc />
    public partial class TasksAndFollowUps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "NextFollowUpUtc",
                table: "interactions",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "TaskId",
                table: "interactions",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "tasks",
                columns: table => new
                {
                    Id = table.Column<long>(nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", "IdentityByDefaultColumn"),
                    Subject = table.Column<string>(maxLength: 300, nullable: false),
                    Notes = table.Column<string>(nullable: true),
                    DueUtc = table.Column<DateTime>(nullable: false),
                    AssigneeId = table.Column<long>(nullable: true),
                    TeamId = table.Column<long>(nullable: true),
                    Priority = table.Column<string>(maxLength: 20, nullable: false),
                    Done = table.Column<bool>(nullable: false),
                    DoneUtc = table.Column<DateTime>(nullable: true),
                    RelatedTo = table.Column<string>(maxLength: 80, nullable: true),
                    CreatedUtc = table.Column<DateTime>(nullable: false),
                    UpdatedUtc = table.Column<DateTime>(nullable: false),
                    DeletedUtc = table.Column<DateTime>(nullable: true),
                    Version = table.Column<long>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tasks", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_tasks_AssigneeId_Done_DueUtc",
                table: "tasks",
                columns: new[] { "AssigneeId", "Done", "DueUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_tasks_Done_DueUtc",
                table: "tasks",
                columns: new[] { "Done", "DueUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_tasks_RelatedTo",
                table: "tasks",
                column: "RelatedTo");

            migrationBuilder.CreateIndex(
                name: "IX_tasks_TeamId",
                table: "tasks",
                column: "TeamId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "tasks");

            migrationBuilder.DropColumn(
                name: "NextFollowUpUtc",
                table: "interactions");

            migrationBuilder.DropColumn(
                name: "TaskId",
                table: "interactions");
        }
    }
}
