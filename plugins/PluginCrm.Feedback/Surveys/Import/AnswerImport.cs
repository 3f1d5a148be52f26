using System.Globalization;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.EntityFrameworkCore;
using PluginCrm.Feedback.Data;
using PluginCrm.Feedback.Surveys.Answer;
using PluginCrm.Feedback.Surveys.Definition;
using PluginCrm.Feedback.Surveys.Manage;
using PluginCrm.Sdk.Access;
using PluginCrm.Sdk.Records;

namespace PluginCrm.Feedback.Surveys.Import;

/// <summary>
/// Answers from a CSV file (<c>crm feedback import-answers FILE --survey KEY</c>): a customer by <c>email</c> or
/// <c>external_id</c>, the time in <c>answered_utc</c>, one column per question key (several choices split by ';').
/// All or nothing: every row is checked as the API checks an answer, and one error saves no row. A row already imported
/// (same survey, customer and time) is left alone, so a re-run changes nothing. Channel <c>import</c>; not followed up.
/// </summary>
public sealed class AnswerImport(FeedbackDbContext db, SurveyAdmin surveys, AnswerRecorder recorder, ICrmRecords records, TimeProvider time)
{
    public async Task<AnswerImportReport> RunAsync(TextReader csv, string key, bool dryRun, CancellationToken ct)
    {
        var survey = await surveys.FindAsync(key, ct);
        if (survey.CurrentVersion == 0)
            throw new RecordConflictException($"survey '{key}' has never been published; there is no version to import answers into");
        var version = await db.SurveyVersions.AsNoTracking().SingleAsync(v => v.SurveyId == survey.Id && v.Number == survey.CurrentVersion, ct);
        var definition = SurveyJson.Read(version.Definition);
        var questions = definition.Pages!.SelectMany(p => p.Questions!).ToDictionary(q => q.Key!);

        using var reader = new CsvReader(csv, new CsvConfiguration(CultureInfo.InvariantCulture) { DetectDelimiter = true, TrimOptions = TrimOptions.Trim });
        if (!await reader.ReadAsync() || !reader.ReadHeader())
            throw new RecordValidationException(new Dictionary<string, string[]> { ["file"] = ["is empty: the first row names the columns"] });
        var header = reader.HeaderRecord!;
        var errors = new List<AnswerImportError>();
        var customerColumn = header.FirstOrDefault(h => h is "email" or "external_id");
        if (customerColumn is null)
            errors.Add(new AnswerImportError(1, "email", "the file needs an email or an external_id column to find each customer"));
        if (!header.Contains("answered_utc"))
            errors.Add(new AnswerImportError(1, "answered_utc", "the file needs the time of each answer"));
        foreach (var unknown in header.Where(h => h is not ("email" or "external_id" or "answered_utc") && !questions.ContainsKey(h)))
            errors.Add(new AnswerImportError(1, unknown, $"is not a question of survey '{key}' (version {version.Number})"));
        if (errors.Count > 0)
            return new AnswerImportReport(0, 0, errors, dryRun);

        var now = time.GetUtcNow().UtcDateTime;
        var rows = new List<(long Customer, DateTime Answered, Dictionary<string, JsonElement> Answers)>();
        while (await reader.ReadAsync())
        {
            var row = reader.Parser.Row;
            var id = reader.GetField(customerColumn!) ?? "";
            var customer = id.Length == 0 ? null
                : await FirstAsync(records.QueryAsync<CustomerRecord>(new Dictionary<string, string> { [customerColumn == "email" ? "email" : "externalId"] = id }, ActingUser.System, ct));
            if (customer is null)
                errors.Add(new AnswerImportError(row, customerColumn!, id.Length == 0 ? "is empty" : $"no customer has {customerColumn} '{id}'"));
            var answeredText = reader.GetField("answered_utc") ?? "";
            if (!DateTimeOffset.TryParse(answeredText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var answered))
                errors.Add(new AnswerImportError(row, "answered_utc", $"'{answeredText}' is not a time, e.g. 2026-01-05T09:00:00Z"));
            else if (answered.UtcDateTime > now)
                errors.Add(new AnswerImportError(row, "answered_utc", $"{answered.UtcDateTime:u} is in the future"));
            var answers = new Dictionary<string, JsonElement>();
            var unreadable = new HashSet<string>();
            foreach (var column in header.Where(questions.ContainsKey))
                if (reader.GetField(column) is not { Length: > 0 } cell)
                    continue;
                else if (Cell(questions[column], cell, out var value, out var problem))
                    answers[column] = value;
                else
                {
                    errors.Add(new AnswerImportError(row, column, problem!));
                    unreadable.Add(column);
                }
            foreach (var (question, messages) in AnswerRules.Check(definition, answers).Errors.Where(e => !unreadable.Contains(e.Key)))
                errors.Add(new AnswerImportError(row, question, messages[0]));
            if (customer is not null)
                rows.Add((customer.Id, answered.UtcDateTime, answers));
        }
        if (errors.Count > 0)
            return new AnswerImportReport(0, 0, errors, dryRun);

        var already = (await db.Answers.AsNoTracking().Where(a => a.SurveyId == survey.Id && a.CustomerId != null)
            .Select(a => new { a.CustomerId, a.AnsweredUtc }).ToListAsync(ct)).Select(a => (a.CustomerId!.Value, a.AnsweredUtc)).ToHashSet();
        var fresh = rows.Where(r => !already.Contains((r.Customer, survey.Anonymous ? r.Answered.Date : r.Answered))).ToList();
        if (!dryRun)
        {
            foreach (var (customer, answered, answers) in fresh)
                await recorder.AddAsync(survey, version.Number, definition, customer, "import", answered, null, answers, ct);
            await db.SaveChangesAsync(ct);
        }
        return new AnswerImportReport(fresh.Count, rows.Count - fresh.Count, [], dryRun);
    }

    // A cell as the JSON the API takes: a number for a scale, a list for several choices, else the text.
    private static bool Cell(SurveyQuestion question, string cell, out JsonElement value, out string? problem)
    {
        problem = null;
        value = default;
        if (QuestionTypes.Scale(question) is not null)
        {
            if (!int.TryParse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
            {
                problem = $"'{cell}' is not a whole number";
                return false;
            }
            value = JsonSerializer.SerializeToElement(number);
        }
        else
            value = question.Type == QuestionTypes.Multiple
                ? JsonSerializer.SerializeToElement(cell.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                : JsonSerializer.SerializeToElement(cell);
        return true;
    }

    private static async Task<CustomerRecord?> FirstAsync(IAsyncEnumerable<CustomerRecord> customers)
    {
        await foreach (var customer in customers)
            return customer;
        return null;
    }
}
