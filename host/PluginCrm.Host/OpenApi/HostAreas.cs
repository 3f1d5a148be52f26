namespace PluginCrm.Host.OpenApi;

/// <summary>What each of the host's own areas (its first segment under <c>/api</c>) is for, as the document's tag descriptions.</summary>
public static class HostAreas
{
    public static readonly IReadOnlyDictionary<string, string> Descriptions = new Dictionary<string, string>
    {
        ["health"] = "Whether the host and its database answer; no sign-in needed.",
        ["auth"] = "Sign-in (a session token for 'Authorization: Bearer'), sign-out and the caller's own account.",
        ["users"] = "Users who sign in, their roles and teams; admins only.",
        ["teams"] = "Teams of reps under a manager; everyone reads them, admins change them.",
        ["apikeys"] = "API keys for integrations, each acting with one role; admins only.",
        ["audit"] = "Who changed what and when, across records.",
        ["plugins"] = "Installed plugins, module switches, plugin settings and the upgrade pre-flight.",
        ["jobs"] = "Scheduled jobs, their last runs, and a run on demand.",
        ["customers"] = "Customers: people and companies who buy, with their lifecycle stage, timeline and CSV export.",
        ["companies"] = "Companies that customers belong to.",
        ["leads"] = "Leads before they become customers, and their conversion.",
        ["deals"] = "Deals through the sales funnel's stages, and their CSV export.",
        ["products"] = "The product catalogue that orders draw on.",
        ["orders"] = "Orders of customers, with their lines.",
        ["interactions"] = "Calls, meetings, e-mails and visits with customers.",
        ["tasks"] = "Tasks and follow-ups, with due dates and reminders.",
        ["kpis"] = "Funnel, sales, order, retention, conversion and acquisition KPIs per period, team and rep.",
        ["spend"] = "Marketing and sales spend per period and team, for acquisition cost; admins only.",
        ["templates"] = "Message, document and rule templates (Scriban): versions, restore and preview; admins only.",
        ["notifications"] = "The log of notifications sent.",
        ["inbox"] = "The caller's in-app notifications.",
        ["me"] = "The caller's own day: tasks due, overdue work and new leads.",
    };
}
