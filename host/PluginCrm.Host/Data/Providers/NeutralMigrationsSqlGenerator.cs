using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure.Internal;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using Npgsql.EntityFrameworkCore.PostgreSQL.Migrations;

namespace PluginCrm.Host.Data.Providers;

/// <summary>
/// Lets the provider-neutral migrations (the host's and the plugins', which cannot reference Npgsql) name PostgreSQL's
/// identity columns as text, <c>.Annotation("Npgsql:ValueGenerationStrategy", "IdentityByDefaultColumn")</c>: Npgsql
/// reads only its own enum there, and would make the column a plain one that no insert fills.
/// </summary>
#pragma warning disable EF1001 // INpgsqlSingletonOptions is Npgsql's internal API; its generator takes it and so must this.
public sealed class NeutralMigrationsSqlGenerator(MigrationsSqlGeneratorDependencies dependencies, INpgsqlSingletonOptions options)
    : NpgsqlMigrationsSqlGenerator(dependencies, options)
#pragma warning restore EF1001
{
    private const string Strategy = "Npgsql:ValueGenerationStrategy";

    public override IReadOnlyList<MigrationCommand> Generate(
        IReadOnlyList<MigrationOperation> operations, IModel? model = null, MigrationsSqlGenerationOptions options = MigrationsSqlGenerationOptions.Default)
    {
        foreach (var column in operations.SelectMany(Columns))
            if (column[Strategy] is string named)
                column[Strategy] = Enum.Parse<NpgsqlValueGenerationStrategy>(named);
        return base.Generate(operations, model, options);
    }

    private static IEnumerable<ColumnOperation> Columns(MigrationOperation operation) => operation switch
    {
        CreateTableOperation table => table.Columns,
        AlterColumnOperation alter => [alter, alter.OldColumn],
        ColumnOperation column => [column],
        _ => [],
    };
}
