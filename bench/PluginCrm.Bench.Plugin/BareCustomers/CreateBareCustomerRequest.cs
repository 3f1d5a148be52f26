namespace PluginCrm.Bench.Plugin.BareCustomers;

public sealed record CreateBareCustomerRequest(string? Name, string? Email, IReadOnlyList<string>? Tags);
