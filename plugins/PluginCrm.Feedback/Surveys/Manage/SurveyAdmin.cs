using Microsoft.EntityFrameworkCore;
using PluginCrm.Feedback.Data;
using PluginCrm.Feedback.Surveys.Definition;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Feedback.Surveys.Manage;

/// <summary>
/// Surveys as an admin keeps them: saved as a draft, published (a new version when the definition changed since the last
/// one), closed. The API and <c>crm surveys</c> both go through here, so they refuse the same things in the same words.
/// </summary>
public sealed class SurveyAdmin(FeedbackDbContext db, TimeProvider time)
{
    public async Task<SurveyView> CreateAsync(SurveyDefinition definition, CancellationToken ct)
    {
        Validate(definition);
        if (await db.Surveys.AnyAsync(s => s.Key == definition.Key, ct))
            throw new RecordConflictException($"there is a survey '{definition.Key}' already");
        var now = time.GetUtcNow().UtcDateTime;
        var survey = new Survey { Key = definition.Key!, CreatedUtc = now };
        Apply(survey, definition, now);
        db.Surveys.Add(survey);
        await db.SaveChangesAsync(ct);
        return await ShowAsync(survey.Key, ct);
    }

    /// <summary>Replaces the draft; the answered version stays as it is until the draft is published.</summary>
    public async Task<SurveyView> ReplaceAsync(string key, SurveyDefinition definition, CancellationToken ct)
    {
        var survey = await FindAsync(key, ct);
        if (definition.Key is not null && definition.Key != key)
            throw new RecordValidationException(new Dictionary<string, string[]> { ["key"] = [$"is '{definition.Key}', but this is survey '{key}'; a key does not change"] });
        Validate(definition with { Key = key });
        Apply(survey, definition with { Key = key }, time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return await ShowAsync(key, ct);
    }

    /// <summary>Opens the survey to answers with its draft: a new version if the draft changed since the last one.</summary>
    public async Task<SurveyView> PublishAsync(string key, CancellationToken ct)
    {
        var survey = await FindAsync(key, ct);
        var now = time.GetUtcNow().UtcDateTime;
        var latest = await db.SurveyVersions.Where(v => v.SurveyId == survey.Id).OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct);
        if (latest is null || latest.Definition != survey.Draft)
        {
            survey.CurrentVersion = (latest?.Number ?? 0) + 1;
            db.SurveyVersions.Add(new SurveyVersion { SurveyId = survey.Id, Number = survey.CurrentVersion, Definition = survey.Draft, PublishedUtc = now });
        }
        survey.Status = SurveyStatus.Published;
        survey.UpdatedUtc = now;
        await db.SaveChangesAsync(ct);
        return await ShowAsync(key, ct);
    }

    /// <summary>Stops answers: links already sent are refused from now on.</summary>
    public async Task<SurveyView> CloseAsync(string key, CancellationToken ct)
    {
        var survey = await FindAsync(key, ct);
        if (survey.Status != SurveyStatus.Published)
            throw new RecordConflictException($"survey '{key}' is {survey.Status}; only a published survey can be closed");
        survey.Status = SurveyStatus.Closed;
        survey.UpdatedUtc = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return await ShowAsync(key, ct);
    }

    public async Task<IReadOnlyList<SurveyView>> ListAsync(CancellationToken ct)
    {
        var keys = await db.Surveys.AsNoTracking().OrderBy(s => s.Key).Select(s => s.Key).ToListAsync(ct);
        var views = new List<SurveyView>();
        foreach (var key in keys)
            views.Add(await ShowAsync(key, ct));
        return views;
    }

    public async Task<SurveyView> ShowAsync(string key, CancellationToken ct)
    {
        var survey = await db.Surveys.AsNoTracking().SingleOrDefaultAsync(s => s.Key == key, ct) ?? throw NotFound(key);
        var versions = await db.SurveyVersions.AsNoTracking().Where(v => v.SurveyId == survey.Id).OrderBy(v => v.Number)
            .Select(v => new SurveyVersionView(v.Number, v.PublishedUtc)).ToListAsync(ct);
        var invitations = await db.Invitations.CountAsync(i => i.SurveyId == survey.Id, ct);
        var answers = await db.Answers.CountAsync(a => a.SurveyId == survey.Id, ct);
        return new SurveyView(survey.Id, survey.Key, survey.Title, survey.Status, survey.Anonymous, survey.CurrentVersion,
            SurveyJson.Read(survey.Draft), versions, invitations, answers, survey.CreatedUtc, survey.UpdatedUtc);
    }

    /// <summary>The survey by key, tracked; 404 when there is none.</summary>
    public async Task<Survey> FindAsync(string key, CancellationToken ct) =>
        await db.Surveys.SingleOrDefaultAsync(s => s.Key == key, ct) ?? throw NotFound(key);

    private static RecordNotFoundException NotFound(string key) => new($"there is no survey '{key}'");

    private static void Validate(SurveyDefinition definition)
    {
        if (DefinitionRules.Check(definition) is { Count: > 0 } errors)
            throw new RecordValidationException(errors);
    }

    private static void Apply(Survey survey, SurveyDefinition definition, DateTime now)
    {
        survey.Title = definition.Title!.Trim();
        survey.Anonymous = definition.Anonymous;
        survey.Draft = SurveyJson.Write(definition);
        survey.UpdatedUtc = now;
    }
}
