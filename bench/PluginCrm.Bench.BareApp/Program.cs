using Microsoft.EntityFrameworkCore;
using PluginCrm.Bench.BareApp;

// A bare ASP.NET Core + EF Core SQLite app, started as the host is (a fresh database file created at start, Kestrel on
// the given URL), answering /health from one query: what the host's start is compared with.
var builder = WebApplication.CreateBuilder(args);
var dataDir = builder.Configuration["DataDir"] ?? "data";
Directory.CreateDirectory(dataDir);
builder.Services.AddDbContext<BareDb>(o => o.UseSqlite($"Data Source={Path.Combine(dataDir, "bare.db")}"));
var app = builder.Build();
app.MapGet("/health", async (BareDb db) => new { status = "healthy", things = await db.Things.CountAsync() });
using (var scope = app.Services.CreateScope())
    await scope.ServiceProvider.GetRequiredService<BareDb>().Database.EnsureCreatedAsync();
await app.RunAsync();
