using PluginCrm.Host.Records.Companies;
using PluginCrm.Host.Records.Customers;
using PluginCrm.Host.Records.Deals;
using PluginCrm.Host.Records.Interactions;
using PluginCrm.Host.Records.Leads;
using PluginCrm.Host.Records.Orders;
using PluginCrm.Host.Records.Products;
using PluginCrm.Host.Records.Tasks;

namespace PluginCrm.Host.Records;

/// <summary>The core record kinds, their services and their <c>/api/...</c> routes.</summary>
public static class CoreRecords
{
    public static readonly CustomerKindDefinition Customers = new();
    public static readonly CompanyKindDefinition Companies = new();
    public static readonly LeadKindDefinition Leads = new();
    public static readonly DealKindDefinition Deals = new();
    public static readonly ProductKindDefinition Products = new();
    public static readonly OrderKindDefinition Orders = new();
    public static readonly InteractionKindDefinition Interactions = new();
    public static readonly TaskKindDefinition Tasks = new();
}
