namespace PluginCrm.Host.Kpis.Retention;

/// <summary>
/// The customers of one owner and team that nothing changed since before a period began (<see cref="Customers"/>, counted
/// in SQL), and how many of them are still customers (<see cref="Kept"/>): their stage was the same on every day of the
/// period, so each is at the start of every window of it exactly when it is kept, and none is lost in any.
/// </summary>
public sealed record SteadyCustomers(long? OwnerId, long? TeamId, int Customers, int Kept) : IKpiSubject;
