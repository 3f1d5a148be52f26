using System.Text.RegularExpressions;
using PluginCrm.Host.Tests.Support;

namespace PluginCrm.Host.Tests.Data;

/// <summary>
/// One set of migrations, the host's and each built-in plugin's, serves SQLite and PostgreSQL (README, design notes):
/// `dotnet ef` scaffolds SQLite column types and SQLite's identity annotation only, so every migration must be
/// stripped of the one and given PostgreSQL's beside the other before it lands.
/// </summary>
public sealed partial class ProviderNeutralMigrationTests
{
    [GeneratedRegex(@"\btype:\s*""")]
    private static partial Regex ColumnType();

    [Fact]
    public void Every_migration_names_no_column_type_and_both_providers_identities()
    {
        var folders = Directory.GetDirectories(Path.Combine(TestPaths.RepoRoot, "plugins"))
            .Select(plugin => Path.Combine(plugin, "Data", "Migrations"))
            .Append(Path.Combine(TestPaths.RepoRoot, "host", "PluginCrm.Host", "Data", "Migrations"))
            .Where(Directory.Exists).ToList();
        var migrations = folders.SelectMany(folder => Directory.GetFiles(folder, "2*.cs"))
            .Where(f => !f.EndsWith(".Designer.cs", StringComparison.Ordinal)).ToList();
        var wrong = new List<string>();

        foreach (var file in migrations)
        {
            var source = File.ReadAllText(file);
            var name = Path.GetRelativePath(TestPaths.RepoRoot, file);
            if (ColumnType().IsMatch(source))
                wrong.Add($"{name}: names a provider's column type (type: \"...\")");
            var sqlite = Regex.Count(source, "\"Sqlite:Autoincrement\"");
            var npgsql = Regex.Count(source, "\"Npgsql:ValueGenerationStrategy\", \"IdentityByDefaultColumn\"");
            if (sqlite != npgsql)
                wrong.Add($"{name}: {sqlite} SQLite identity annotations against {npgsql} PostgreSQL ones");
        }

        // The host's model snapshots too: the generator takes a column's type from them when the migration names none.
        foreach (var designer in folders.SelectMany(folder => Directory.GetFiles(folder, "*.cs")).Where(f => f.EndsWith(".Designer.cs", StringComparison.Ordinal) || f.EndsWith("ModelSnapshot.cs", StringComparison.Ordinal)))
            if (File.ReadAllText(designer).Contains(".HasColumnType(", StringComparison.Ordinal))
                wrong.Add($"{Path.GetRelativePath(TestPaths.RepoRoot, designer)}: its model names SQLite's column types (HasColumnType)");

        Assert.True(folders.Count >= 6 && migrations.Count >= 22, $"only {migrations.Count} migrations found in {folders.Count} folders");
        Assert.Empty(wrong);
    }
}
