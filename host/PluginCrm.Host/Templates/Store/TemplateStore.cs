using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PluginCrm.Host.Api;
using PluginCrm.Host.Data;
using PluginCrm.Host.Templates.Preview;
using PluginCrm.Host.Templates.Rendering;
using PluginCrm.Host.Templates.Rules;
using PluginCrm.Sdk.Access;

namespace PluginCrm.Host.Templates.Store;

/// <summary>
/// Saves templates as versions: every save adds one, a restore adds one with an old body, nothing is overwritten.
/// A body is parsed before it is stored, so a stored version always parses; one that uses a switched-off module's
/// functions is refused, as its render would be.
/// </summary>
public sealed partial class TemplateStore(CrmDbContext db, RuleEngine rules, TemplateRenderer renderer, TimeProvider time)
{
    [GeneratedRegex("^[a-z][a-z0-9_.-]{1,99}$")]
    private static partial Regex KeyPattern();

    public async Task<List<TemplateSummary>> ListAsync(CancellationToken ct) =>
        await db.Templates.OrderBy(t => t.Key)
            .Select(t => new TemplateSummary(t.Key, t.Kind, t.Description, t.CurrentVersion, t.UpdatedUtc)).ToListAsync(ct);

    public async Task<TemplateView> GetAsync(string key, CancellationToken ct)
    {
        var template = await FindAsync(key, ct);
        var body = (await VersionAsync(template, template.CurrentVersion, ct)).Body;
        return View(template, body);
    }

    public async Task<List<TemplateVersionView>> VersionsAsync(string key, CancellationToken ct)
    {
        var template = await FindAsync(key, ct);
        return await db.TemplateVersions.Where(v => v.TemplateId == template.Id).OrderBy(v => v.Number)
            .Select(v => new TemplateVersionView(v.Number, v.Body, v.CreatedUtc, v.CreatedBy)).ToListAsync(ct);
    }

    public async Task<TemplateVersionView> VersionAsync(string key, int number, CancellationToken ct)
    {
        var version = await VersionAsync(await FindAsync(key, ct), number, ct);
        return new TemplateVersionView(version.Number, version.Body, version.CreatedUtc, version.CreatedBy);
    }

    /// <summary>Creates the template or adds a version; returns the view and whether it was created.</summary>
    public async Task<(TemplateView View, bool Created)> SaveAsync(string key, TemplateInput input, ActingUser user, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (!KeyPattern().IsMatch(key))
            errors.Add("key", "must be 2 to 100 characters: a lower-case letter, then lower-case letters, digits, '_', '.' or '-'");
        if (input.Kind is null)
            errors.Add("kind", "is required: message, document or rule");
        if (input.Description is { Length: > 500 })
            errors.Add("description", "must be at most 500 characters");
        if (string.IsNullOrWhiteSpace(input.Body))
            errors.Add("body", "is required");
        else if (input.Body.Length > TemplateModel.MaxBodyLength)
            errors.Add("body", $"must be at most {TemplateModel.MaxBodyLength} characters");
        else if (input.Kind is { } kind)
            foreach (var error in kind == TemplateKind.Rule ? rules.Validate(input.Body, SampleRecords.All, completeModel: false) : renderer.Problems(input.Body))
                errors.Add("body", error);
        errors.ThrowIfAny();

        var template = await db.Templates.SingleOrDefaultAsync(t => t.Key == key, ct);
        var created = template is null;
        var now = time.GetUtcNow().UtcDateTime;
        if (template is null)
        {
            template = new TemplateRow { Key = key, CreatedUtc = now };
            db.Templates.Add(template);
        }
        template.Kind = input.Kind!.Value;
        template.Description = string.IsNullOrWhiteSpace(input.Description) ? null : input.Description.Trim();
        await AddVersionAsync(template, input.Body!, user, now, ct);
        return (View(template, input.Body!), created);
    }

    /// <summary>Makes an old body current again, as a new version: the history still shows what was current when.</summary>
    public async Task<TemplateView> RestoreAsync(string key, int number, ActingUser user, CancellationToken ct)
    {
        var template = await FindAsync(key, ct);
        var old = await VersionAsync(template, number, ct);
        await AddVersionAsync(template, old.Body, user, time.GetUtcNow().UtcDateTime, ct);
        return View(template, old.Body);
    }

    public async Task DeleteAsync(string key, CancellationToken ct)
    {
        var template = await FindAsync(key, ct);
        db.Templates.Remove(template); // its versions go with it (cascade)
        await db.SaveChangesAsync(ct);
    }

    private async Task AddVersionAsync(TemplateRow template, string body, ActingUser user, DateTime now, CancellationToken ct)
    {
        var number = template.Id == 0 ? 1 : await db.TemplateVersions.Where(v => v.TemplateId == template.Id).MaxAsync(v => (int?)v.Number, ct) + 1 ?? 1;
        template.CurrentVersion = number;
        template.UpdatedUtc = now;
        template.Versions.Add(new TemplateVersionRow { Number = number, Body = body, CreatedUtc = now, CreatedBy = user.Name });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The unique (template, number) or key index: someone saved the same template at the same moment.
            throw new ConflictException($"Template '{template.Key}' was changed at the same time; read it again and retry.");
        }
    }

    private async Task<TemplateRow> FindAsync(string key, CancellationToken ct) =>
        await db.Templates.SingleOrDefaultAsync(t => t.Key == key, ct) ?? throw new NotFoundException($"There is no template '{key}'.");

    private async Task<TemplateVersionRow> VersionAsync(TemplateRow template, int number, CancellationToken ct) =>
        await db.TemplateVersions.SingleOrDefaultAsync(v => v.TemplateId == template.Id && v.Number == number, ct)
        ?? throw new NotFoundException($"Template '{template.Key}' has no version {number}.");

    private static TemplateView View(TemplateRow t, string body) => new(t.Key, t.Kind, t.Description, t.CurrentVersion, body, t.UpdatedUtc);
}
