using PluginCrm.Host.Records;
using PluginCrm.Host.Records.Tables;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Host.Export;

/// <summary>The kinds that can be exported to CSV, over HTTP and from the command line alike.</summary>
public static class RecordExports
{
    public static readonly IReadOnlyList<IRecordExport> All =
    [
        new RecordExport<Customer, CustomerRecord>(CoreRecords.Customers, new CustomerCsv()),
        new RecordExport<Deal, DealRecord>(CoreRecords.Deals, new DealCsv()),
    ];
}
