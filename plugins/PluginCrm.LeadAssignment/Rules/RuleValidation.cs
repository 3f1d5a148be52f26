using PluginCrm.LeadAssignment.Data;
using PluginCrm.Sdk.Access;

namespace PluginCrm.LeadAssignment.Rules;

/// <summary>Checks a rule: a name, exactly one target (a rep, or a team with a strategy), a sane deal-size range.</summary>
public static class RuleValidation
{
    public static AssignmentRule? Validate(RuleInput input, int index, IReadOnlyList<CrmUser> users, IReadOnlyList<CrmTeam> teams, Dictionary<string, string[]> errors, string prefix = "")
    {
        void Error(string field, string message) => errors[prefix + field] = [message];
        if (string.IsNullOrWhiteSpace(input.Name))
            Error("name", "is required");
        if ((input.RepId is null) == (input.TeamId is null))
            Error("repId", "give either repId (a named rep) or teamId (a team and a strategy)");
        if (input.RepId is { } rep && !users.Any(u => u.Id == rep))
            Error("repId", $"there is no user {rep}");
        if (input.TeamId is { } team && !teams.Any(t => t.Id == team))
            Error("teamId", $"there is no team {team}");
        var strategy = Strategy.RoundRobin;
        if (input.Strategy is not null && !Enum.TryParse(input.Strategy.Replace("-", ""), ignoreCase: true, out strategy))
            Error("strategy", $"'{input.Strategy}' is not a strategy; use round-robin, weighted-round-robin or least-loaded");
        if (input.MinValue < 0 || input.MaxValue < 0 || input.MinValue > input.MaxValue)
            Error("minValue", "the deal-size range must run from zero or more up to a larger maxValue");
        if (errors.Count > 0)
            return null;
        return new AssignmentRule
        {
            Name = input.Name!.Trim(),
            Position = input.Position ?? index,
            Enabled = input.Enabled ?? true,
            Regions = Blank(input.Regions), Industries = Blank(input.Industries), Sources = Blank(input.Sources),
            Products = Blank(input.Products), Languages = Blank(input.Languages),
            MinValue = input.MinValue, MaxValue = input.MaxValue, RuleTemplate = Blank(input.RuleTemplate),
            RepId = input.RepId, TeamId = input.TeamId, Strategy = strategy,
        };
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
