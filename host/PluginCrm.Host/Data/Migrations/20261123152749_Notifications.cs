using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PluginCrm.Host.Data.Migrations
{
    /// <inheritdoc />
    public partial class Notifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "inbox_messages",
                columns: table => new
                {
                    Id = table.Column<long>(nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", "IdentityByDefaultColumn"),
                    UserId = table.Column<long>(nullable: false),
                    NotificationId = table.Column<long>(nullable: false),
                    Subject = table.Column<string>(maxLength: 500, nullable: false),
                    Body = table.Column<string>(nullable: false),
                    CreatedUtc = table.Column<DateTime>(nullable: false),
                    ReadUtc = table.Column<DateTime>(nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inbox_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "notifications",
                columns: table => new
                {
                    Id = table.Column<long>(nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", "IdentityByDefaultColumn"),
                    TemplateKey = table.Column<string>(maxLength: 100, nullable: false),
                    TemplateVersion = table.Column<int>(nullable: false),
                    Recipient = table.Column<string>(maxLength: 40, nullable: false),
                    UserId = table.Column<long>(nullable: true),
                    CustomerId = table.Column<long>(nullable: true),
                    Occasion = table.Column<string>(maxLength: 200, nullable: true),
                    Channel = table.Column<string>(maxLength: 20, nullable: false),
                    Subject = table.Column<string>(maxLength: 500, nullable: false),
                    Body = table.Column<string>(nullable: false),
                    Status = table.Column<string>(maxLength: 20, nullable: false),
                    Reason = table.Column<string>(maxLength: 2000, nullable: true),
                    DeliveredTo = table.Column<string>(maxLength: 500, nullable: true),
                    Attempts = table.Column<int>(nullable: false),
                    CreatedUtc = table.Column<DateTime>(nullable: false),
                    NextAttemptUtc = table.Column<DateTime>(nullable: false),
                    FinishedUtc = table.Column<DateTime>(nullable: true),
                    LeaseOwner = table.Column<string>(maxLength: 100, nullable: true),
                    LeaseUntilUtc = table.Column<DateTime>(nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notifications", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_inbox_messages_NotificationId",
                table: "inbox_messages",
                column: "NotificationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inbox_messages_UserId_Id",
                table: "inbox_messages",
                columns: new[] { "UserId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_notifications_CreatedUtc",
                table: "notifications",
                column: "CreatedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_notifications_Recipient_Occasion",
                table: "notifications",
                columns: new[] { "Recipient", "Occasion" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_notifications_Status_NextAttemptUtc",
                table: "notifications",
                columns: new[] { "Status", "NextAttemptUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inbox_messages");

            migrationBuilder.DropTable(
                name: "notifications");
        }
    }
}
