using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PluginCrm.Host.Data.Migrations
{
    /// <summary>
    /// The platform and core tables. Scaffolded with dotnet ef, then made provider-neutral: no column types
    /// (each provider maps the CLR type), identity annotations for both SQLite and PostgreSQL.
    /// </summary>
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "api_keys",
                columns: table => new
                {
                    Id = table.Column<long>(nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", "IdentityByDefaultColumn"),
                    Name = table.Column<string>(maxLength: 100, nullable: false),
                    Role = table.Column<string>(maxLength: 20, nullable: false),
                    KeyHash = table.Column<string>(nullable: false),
                    CreatedUtc = table.Column<DateTime>(nullable: false),
                    RevokedUtc = table.Column<DateTime>(nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_api_keys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "audit",
                columns: table => new
                {
                    Id = table.Column<long>(nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", "IdentityByDefaultColumn"),
                    OccurredUtc = table.Column<DateTime>(nullable: false),
                    UserId = table.Column<long>(nullable: true),
                    UserName = table.Column<string>(nullable: false),
                    Message = table.Column<string>(nullable: false),
                    RecordType = table.Column<string>(nullable: false),
                    RecordId = table.Column<long>(nullable: false),
                    Before = table.Column<string>(nullable: true),
                    After = table.Column<string>(nullable: true),
                    CorrelationId = table.Column<string>(nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "companies",
                columns: table => new
                {
                    Id = table.Column<long>(nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", "IdentityByDefaultColumn"),
                    Name = table.Column<string>(maxLength: 200, nullable: false),
                    Industry = table.Column<string>(nullable: true),
                    Region = table.Column<string>(nullable: true),
                    Employees = table.Column<int>(nullable: true),
                    AnnualRevenue = table.Column<long>(nullable: true),
                    ParentId = table.Column<long>(nullable: true),
                    CreatedUtc = table.Column<DateTime>(nullable: false),
                    UpdatedUtc = table.Column<DateTime>(nullable: false),
                    DeletedUtc = table.Column<DateTime>(nullable: true),
                    Version = table.Column<long>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_companies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "customers",
                columns: table => new
                {
                    Id = table.Column<long>(nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", "IdentityByDefaultColumn"),
                    Name = table.Column<string>(maxLength: 200, nullable: false),
                    Kind = table.Column<string>(maxLength: 20, nullable: false),
                    CompanyId = table.Column<long>(nullable: true),
                    Email = table.Column<string>(maxLength: 254, nullable: true),
                    Phone = table.Column<string>(maxLength: 40, nullable: true),
                    Birthday = table.Column<DateOnly>(nullable: true),
                    Source = table.Column<string>(nullable: true),
                    Region = table.Column<string>(nullable: true),
                    Language = table.Column<string>(nullable: true),
                    OwnerId = table.Column<long>(nullable: true),
                    TeamId = table.Column<long>(nullable: true),
                    Stage = table.Column<string>(maxLength: 20, nullable: false),
                    Tags = table.Column<string>(nullable: false),
                    ConsentToContact = table.Column<bool>(nullable: false),
                    ExternalId = table.Column<string>(maxLength: 64, nullable: true),
                    CreatedUtc = table.Column<DateTime>(nullable: false),
                    UpdatedUtc = table.Column<DateTime>(nullable: false),
                    DeletedUtc = table.Column<DateTime>(nullable: true),
                    Version = table.Column<long>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_customers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "deals",
                columns: table => new
                {
                    Id = table.Column<long>(nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", "IdentityByDefaultColumn"),
                    Title = table.Column<string>(maxLength: 300, nullable: false),
                    CompanyId = table.Column<long>(nullable: true),
                    CustomerId = table.Column<long>(nullable: true),
                    ProductId = table.Column<long>(nullable: true),
                    OwnerId = table.Column<long>(nullable: true),
                    TeamId = table.Column<long>(nullable: true),
                    Stage = table.Column<string>(maxLength: 20, nullable: false),
                    Value = table.Column<long>(nullable: true),
                    EngagedOn = table.Column<DateOnly>(nullable: true),
                    ClosedOn = table.Column<DateOnly>(nullable: true),
                    ExternalId = table.Column<string>(maxLength: 64, nullable: true),
                    CreatedUtc = table.Column<DateTime>(nullable: false),
                    UpdatedUtc = table.Column<DateTime>(nullable: false),
                    DeletedUtc = table.Column<DateTime>(nullable: true),
                    Version = table.Column<long>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_deals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "interactions",
                columns: table => new
                {
                    Id = table.Column<long>(nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", "IdentityByDefaultColumn"),
                    CustomerId = table.Column<long>(nullable: false),
                    DealId = table.Column<long>(nullable: true),
                    Kind = table.Column<string>(maxLength: 20, nullable: false),
                    OccurredUtc = table.Column<DateTime>(nullable: false),
                    AuthorId = table.Column<long>(nullable: true),
                    Notes = table.Column<string>(nullable: false),
                    CreatedUtc = table.Column<DateTime>(nullable: false),
                    UpdatedUtc = table.Column<DateTime>(nullable: false),
                    DeletedUtc = table.Column<DateTime>(nullable: true),
                    Version = table.Column<long>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_interactions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "job_schedules",
                columns: table => new
                {
                    JobKey = table.Column<string>(maxLength: 110, nullable: false),
                    NextRunUtc = table.Column<DateTime>(nullable: false),
                    LeaseOwner = table.Column<string>(maxLength: 100, nullable: true),
                    LeaseUntilUtc = table.Column<DateTime>(nullable: true),
                    LastRunUtc = table.Column<DateTime>(nullable: true),
                    LastOutcome = table.Column<string>(maxLength: 20, nullable: true),
                    LastError = table.Column<string>(maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_job_schedules", x => x.JobKey);
                });

            migrationBuilder.CreateTable(
                name: "leads",
                columns: table => new
                {
                    Id = table.Column<long>(nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", "IdentityByDefaultColumn"),
                    Name = table.Column<string>(maxLength: 200, nullable: false),
                    CompanyName = table.Column<string>(nullable: true),
                    Email = table.Column<string>(nullable: true),
                    Phone = table.Column<string>(nullable: true),
                    Source = table.Column<string>(nullable: true),
                    Region = table.Column<string>(nullable: true),
                    Industry = table.Column<string>(nullable: true),
                    Language = table.Column<string>(nullable: true),
                    Product = table.Column<string>(nullable: true),
                    EstimatedValue = table.Column<long>(nullable: true),
                    OwnerId = table.Column<long>(nullable: true),
                    TeamId = table.Column<long>(nullable: true),
                    Status = table.Column<string>(maxLength: 20, nullable: false),
                    CustomerId = table.Column<long>(nullable: true),
                    CreatedUtc = table.Column<DateTime>(nullable: false),
                    UpdatedUtc = table.Column<DateTime>(nullable: false),
                    DeletedUtc = table.Column<DateTime>(nullable: true),
                    Version = table.Column<long>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_leads", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "modules",
                columns: table => new
                {
                    PluginId = table.Column<string>(maxLength: 40, nullable: false),
                    Enabled = table.Column<bool>(nullable: false),
                    ChangedUtc = table.Column<DateTime>(nullable: false),
                    ChangedBy = table.Column<string>(maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_modules", x => x.PluginId);
                });

            migrationBuilder.CreateTable(
                name: "orders",
                columns: table => new
                {
                    Id = table.Column<long>(nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", "IdentityByDefaultColumn"),
                    Number = table.Column<string>(maxLength: 64, nullable: false),
                    CustomerId = table.Column<long>(nullable: false),
                    OrderedUtc = table.Column<DateTime>(nullable: false),
                    Total = table.Column<long>(nullable: false),
                    Currency = table.Column<string>(maxLength: 3, nullable: false),
                    CreatedUtc = table.Column<DateTime>(nullable: false),
                    UpdatedUtc = table.Column<DateTime>(nullable: false),
                    DeletedUtc = table.Column<DateTime>(nullable: true),
                    Version = table.Column<long>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_orders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "outbox",
                columns: table => new
                {
                    Id = table.Column<long>(nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", "IdentityByDefaultColumn"),
                    Message = table.Column<string>(nullable: false),
                    PluginId = table.Column<string>(nullable: false),
                    StepType = table.Column<string>(nullable: false),
                    Payload = table.Column<string>(nullable: false),
                    CreatedUtc = table.Column<DateTime>(nullable: false),
                    Attempts = table.Column<int>(nullable: false),
                    NextAttemptUtc = table.Column<DateTime>(nullable: false),
                    LeaseOwner = table.Column<string>(nullable: true),
                    LeaseUntilUtc = table.Column<DateTime>(nullable: true),
                    DeliveredUtc = table.Column<DateTime>(nullable: true),
                    LastError = table.Column<string>(nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "plugin_settings",
                columns: table => new
                {
                    PluginId = table.Column<string>(maxLength: 40, nullable: false),
                    Json = table.Column<string>(nullable: false),
                    ChangedUtc = table.Column<DateTime>(nullable: false),
                    ChangedBy = table.Column<string>(maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plugin_settings", x => x.PluginId);
                });

            migrationBuilder.CreateTable(
                name: "products",
                columns: table => new
                {
                    Id = table.Column<long>(nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", "IdentityByDefaultColumn"),
                    Code = table.Column<string>(maxLength: 64, nullable: false),
                    Name = table.Column<string>(nullable: false),
                    Series = table.Column<string>(nullable: true),
                    Price = table.Column<long>(nullable: true),
                    CreatedUtc = table.Column<DateTime>(nullable: false),
                    UpdatedUtc = table.Column<DateTime>(nullable: false),
                    DeletedUtc = table.Column<DateTime>(nullable: true),
                    Version = table.Column<long>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_products", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sessions",
                columns: table => new
                {
                    Id = table.Column<long>(nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", "IdentityByDefaultColumn"),
                    TokenHash = table.Column<string>(nullable: false),
                    UserId = table.Column<long>(nullable: false),
                    CreatedUtc = table.Column<DateTime>(nullable: false),
                    ExpiresUtc = table.Column<DateTime>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sessions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "teams",
                columns: table => new
                {
                    Id = table.Column<long>(nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", "IdentityByDefaultColumn"),
                    Name = table.Column<string>(maxLength: 100, nullable: false),
                    Region = table.Column<string>(nullable: true),
                    ManagerId = table.Column<long>(nullable: true),
                    CreatedUtc = table.Column<DateTime>(nullable: false),
                    UpdatedUtc = table.Column<DateTime>(nullable: false),
                    DeletedUtc = table.Column<DateTime>(nullable: true),
                    Version = table.Column<long>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_teams", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "users",
                columns: table => new
                {
                    Id = table.Column<long>(nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", "IdentityByDefaultColumn"),
                    Email = table.Column<string>(maxLength: 254, nullable: false),
                    Name = table.Column<string>(nullable: false),
                    Role = table.Column<string>(maxLength: 20, nullable: false),
                    TeamId = table.Column<long>(nullable: true),
                    PasswordHash = table.Column<string>(nullable: false),
                    Active = table.Column<bool>(nullable: false),
                    CreatedUtc = table.Column<DateTime>(nullable: false),
                    UpdatedUtc = table.Column<DateTime>(nullable: false),
                    DeletedUtc = table.Column<DateTime>(nullable: true),
                    Version = table.Column<long>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_users", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "order_lines",
                columns: table => new
                {
                    Id = table.Column<long>(nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", "IdentityByDefaultColumn"),
                    OrderId = table.Column<long>(nullable: false),
                    LineNumber = table.Column<int>(nullable: false),
                    ProductId = table.Column<long>(nullable: true),
                    Description = table.Column<string>(maxLength: 300, nullable: false),
                    Quantity = table.Column<long>(nullable: false),
                    UnitPrice = table.Column<long>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_order_lines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_order_lines_orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_api_keys_KeyHash",
                table: "api_keys",
                column: "KeyHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_audit_RecordType_RecordId",
                table: "audit",
                columns: new[] { "RecordType", "RecordId" });

            migrationBuilder.CreateIndex(
                name: "IX_companies_Name",
                table: "companies",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_customers_Email",
                table: "customers",
                column: "Email");

            migrationBuilder.CreateIndex(
                name: "IX_customers_ExternalId",
                table: "customers",
                column: "ExternalId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_customers_OwnerId",
                table: "customers",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_customers_Phone",
                table: "customers",
                column: "Phone");

            migrationBuilder.CreateIndex(
                name: "IX_customers_TeamId",
                table: "customers",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_deals_ExternalId",
                table: "deals",
                column: "ExternalId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_deals_OwnerId",
                table: "deals",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_deals_Stage",
                table: "deals",
                column: "Stage");

            migrationBuilder.CreateIndex(
                name: "IX_interactions_CustomerId_OccurredUtc",
                table: "interactions",
                columns: new[] { "CustomerId", "OccurredUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_leads_Email",
                table: "leads",
                column: "Email");

            migrationBuilder.CreateIndex(
                name: "IX_leads_OwnerId",
                table: "leads",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_leads_Phone",
                table: "leads",
                column: "Phone");

            migrationBuilder.CreateIndex(
                name: "IX_order_lines_OrderId_LineNumber",
                table: "order_lines",
                columns: new[] { "OrderId", "LineNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_orders_CustomerId_OrderedUtc",
                table: "orders",
                columns: new[] { "CustomerId", "OrderedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_orders_Number",
                table: "orders",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_outbox_DeliveredUtc_NextAttemptUtc",
                table: "outbox",
                columns: new[] { "DeliveredUtc", "NextAttemptUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_products_Code",
                table: "products",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sessions_TokenHash",
                table: "sessions",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_teams_Name",
                table: "teams",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_users_Email",
                table: "users",
                column: "Email",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "api_keys");

            migrationBuilder.DropTable(
                name: "audit");

            migrationBuilder.DropTable(
                name: "companies");

            migrationBuilder.DropTable(
                name: "customers");

            migrationBuilder.DropTable(
                name: "deals");

            migrationBuilder.DropTable(
                name: "interactions");

            migrationBuilder.DropTable(
                name: "job_schedules");

            migrationBuilder.DropTable(
                name: "leads");

            migrationBuilder.DropTable(
                name: "modules");

            migrationBuilder.DropTable(
                name: "order_lines");

            migrationBuilder.DropTable(
                name: "outbox");

            migrationBuilder.DropTable(
                name: "plugin_settings");

            migrationBuilder.DropTable(
                name: "products");

            migrationBuilder.DropTable(
                name: "sessions");

            migrationBuilder.DropTable(
                name: "teams");

            migrationBuilder.DropTable(
                name: "users");

            migrationBuilder.DropTable(
                name: "orders");
        }
    }
}
