namespace PluginCrm.Host.WebConsole.Kpis;

/// <summary>Feedback's <c>GET /api/feedback/complaints/stats</c>: the complaints open now, by age, and those overdue.</summary>
public sealed record ComplaintKpis(int Open, ComplaintKpis.Ages OpenByAge, ComplaintKpis.Late Overdue)
{
    public sealed record Ages(int UnderOneDay, int OneToThreeDays, int ThreeToSevenDays, int OverSevenDays);

    public sealed record Late(int Response, int Resolution);
}
