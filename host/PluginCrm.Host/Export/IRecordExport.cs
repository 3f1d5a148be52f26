using PluginCrm.Host.Records;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Host.Export;

/// <summary>A kind of record that can be exported, whatever its entity and record types.</summary>
public interface IRecordExport
{
    /// <summary>The kind's API segment, also the file's and the command's name: <c>customers</c>.</summary>
    string Route { get; }

    /// <summary>The export's query parameters for the OpenAPI document: the kind's list filters, no paging.</summary>
    Api.ListQueryMetadata ListDescription { get; }

    /// <summary>
    /// The rows <paramref name="user"/> may see, narrowed by the kind's list filters. Filters are checked now, so a
    /// bad one throws <see cref="Api.InputException"/> before anything is written.
    /// </summary>
    ICsvRows Select(RecordReader records, IReadOnlyDictionary<string, string> filters, ActingUser user);
}
