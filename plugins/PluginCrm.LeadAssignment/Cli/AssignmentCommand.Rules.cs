using System.CommandLine;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PluginCrm.LeadAssignment.Audit;
using PluginCrm.LeadAssignment.Data;
using PluginCrm.LeadAssignment.Rules;
using PluginCrm.Sdk.Commands;

namespace PluginCrm.LeadAssignment.Cli;

/// <summary><c>crm assignment rules</c> and <c>rule-add</c>.</summary>
public sealed partial class AssignmentCommand
{
    private Command Rules(TextWriter output)
    {
        var command = new Command("rules", "List the assignment rules in the order they are tried");
        command.SetAction(async (_, ct) =>
        {
            var rules = await db.Rules.AsNoTracking().OrderBy(r => r.Position).ThenBy(r => r.Id).ToListAsync(ct);
            TextTable.Print(output, ["ID", "POS", "NAME", "ON", "CONDITIONS", "TARGET"], rules.Select(r => new[]
            {
                r.Id.ToString(), r.Position.ToString(), r.Name, r.Enabled ? "yes" : "no", Conditions(r),
                r.RepId is { } rep ? $"rep {rep}" : $"team {r.TeamId} by {RuleView.StrategyName(r.Strategy)}",
            }));
            return 0;
        });
        return command;
    }


    private Command AddRule(TextWriter output)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "The rule as JSON, as POST /api/lead-assignment/rules takes it" };
        var command = new Command("rule-add", "Add a rule from a JSON file; every bad field is printed") { file };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
                throw new PluginCommandException($"{path.FullName}: there is no such file");
            RuleInput input;
            try
            {
                input = JsonSerializer.Deserialize<RuleInput>(await File.ReadAllTextAsync(path.FullName, ct), DecisionLog.Json)
                    ?? throw new PluginCommandException($"{path.Name}: the file holds no rule");
            }
            catch (JsonException ex)
            {
                throw new PluginCommandException($"{path.Name}: not a JSON rule: {ex.Message}");
            }
            var errors = new Dictionary<string, string[]>();
            var rule = RuleValidation.Validate(input, await db.Rules.CountAsync(ct), await directory.UsersAsync(ct), await directory.TeamsAsync(ct), errors);
            if (rule is null)
                throw new PluginCommandException(string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(", ", e.Value)}")));
            db.Rules.Add(rule);
            await db.SaveChangesAsync(ct);
            output.WriteLine($"rule {rule.Id} '{rule.Name}' added at position {rule.Position}");
            return 0;
        });
        return command;
    }


    private static string Conditions(AssignmentRule r)
    {
        var parts = new List<string>();
        void Add(string name, string? value) { if (value is not null) parts.Add($"{name} in [{value}]"); }
        Add("region", r.Regions); Add("industry", r.Industries); Add("source", r.Sources); Add("product", r.Products); Add("language", r.Languages);
        if (r.MinValue is not null || r.MaxValue is not null) parts.Add($"deal size {r.MinValue?.ToString() ?? "…"}–{r.MaxValue?.ToString() ?? "…"}");
        if (r.RuleTemplate is not null) parts.Add($"template {r.RuleTemplate}");
        return parts.Count == 0 ? "any" : string.Join(", ", parts);
    }
}
