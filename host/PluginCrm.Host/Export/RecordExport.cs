using PluginCrm.Host.Data;
using PluginCrm.Host.Records;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Host.Export;

/// <summary>An export of one kind: the kind decides which rows (visibility, filters), the layout which columns.</summary>
public sealed class RecordExport<TEntity, TRecord>(RecordKind<TEntity, TRecord> kind, CsvLayout<TRecord> layout) : IRecordExport
    where TEntity : RecordEntity, new() where TRecord : class
{
    public string Route => kind.Route;

    public Api.ListQueryMetadata ListDescription => kind.ListDescription(pages: false);

    public ICsvRows Select(RecordReader records, IReadOnlyDictionary<string, string> filters, ActingUser user) =>
        new CsvRows<TEntity, TRecord>(records.VisibleRows(kind, filters, user), kind.ToRecord, layout);
}
