namespace PluginCrm.Host.Kpis;

/// <summary>Whose a fact is: the rep (owner) and team a report files it under.</summary>
public interface IKpiSubject
{
    long? OwnerId { get; }
    long? TeamId { get; }
}
