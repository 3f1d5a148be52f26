using System.Data;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Microsoft.EntityFrameworkCore.Storage;

namespace PluginCrm.Host.Data.Providers;

/// <summary>
/// <see cref="Of"/>: a top-level property of a JSON text column, read as text by the database, so that a query over the
/// audit's record snapshots (a customer's stage) brings back a word per row rather than every snapshot whole. SQLite:
/// <c>json_extract(doc, '$.name')</c>; PostgreSQL: <c>json_extract_path_text(doc::json, 'name')</c>. A property that is
/// missing or null, or a null document, is null.
/// </summary>
public static class JsonText
{
    /// <summary>For queries only: translated to SQL (<see cref="Map"/>), it does not run in .NET.</summary>
    public static string? Of(string? json, [NotParameterized] string property) =>
        throw new InvalidOperationException("JsonText.Of is read by the database in a query; it does not run in .NET");

    /// <summary>Maps <see cref="Of"/> for the provider the model is built for.</summary>
    public static void Map(ModelBuilder model, string? providerName) =>
        model.HasDbFunction(typeof(JsonText).GetMethod(nameof(Of))!).HasTranslation(args =>
        {
            var (document, property) = (args[0], (string)((SqlConstantExpression)args[1]).Value!);
            return providerName == SqliteProvider.EfCoreName
                ? Function("json_extract", document, $"$.{property}")
                : Function("json_extract_path_text", new SqlUnaryExpression(ExpressionType.Convert, document, typeof(string), Json), property);
        });

    private static readonly RelationalTypeMapping Json = new StringTypeMapping("json", DbType.String);

    private static SqlFunctionExpression Function(string name, SqlExpression document, string path) =>
        new(name, [document, new SqlConstantExpression(path, typeof(string), document.TypeMapping)], nullable: true,
            argumentsPropagateNullability: [true, false], typeof(string), document.TypeMapping);
}
