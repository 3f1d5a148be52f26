using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PluginCrm.Sdk.Commands;
using PluginCrm.ValueScoring.Data;
using PluginCrm.ValueScoring.Explain;
using PluginCrm.ValueScoring.Numerics;
using PluginCrm.ValueScoring.Purchases;
using PluginCrm.ValueScoring.Runs;

namespace PluginCrm.ValueScoring.Cli;

/// <summary>
/// <c>crm scoring fit --calibration-end DATE [--unit day|week] [--json]</c>, <c>crm scoring run [--as-of DATE] [--json]</c>,
/// <c>crm scoring runs</c>, <c>crm scoring show CUSTOMER [--run ID]</c>. Progress goes to standard error, results to standard output.
/// </summary>
public sealed class ScoringCommand(ModelFitter fitter, ScoringRunner runner, ValueScoringDbContext db, TimeProvider time) : IPluginCommand
{
    // Formulas read as written (⌊5 × ...⌋), not as \u escapes: this is a terminal, not an HTML page.
    private static readonly JsonSerializerOptions Json = new(RunJson.Options) { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Name => "scoring";

    public string Description => "Customer value: fit BG/NBD and Gamma-Gamma, score every customer (RFM, ABC, CLV, churn), explain a score";

    public async Task<int> RunAsync(PluginCommandContext context, CancellationToken cancellationToken)
    {
        var root = new RootCommand(Description) { Fit(context), Run(context), Runs(context), Show(context) };
        var parse = root.Parse(context.Arguments.ToArray());
        if (parse.Errors.Count > 0)
            throw new PluginCommandException($"scoring: {parse.Errors.OrderBy(e => e.Message.StartsWith("Required command", StringComparison.Ordinal)).First().Message} (see crm scoring --help)", 2);
        return await parse.InvokeAsync(new InvocationConfiguration { Output = context.Out, Error = context.Error, EnableDefaultExceptionHandler = false }, cancellationToken);
    }

    private Command Fit(PluginCommandContext context)
    {
        var end = new Option<string>("--calibration-end") { Required = true, HelpName = "YYYY-MM-DD", Description = "Last day of the calibration period" };
        var unit = new Option<string>("--unit") { HelpName = "day|week", Description = "The models' time unit (default week)", DefaultValueFactory = _ => "week" };
        unit.AcceptOnlyFromAmong("day", "week");
        var json = new Option<bool>("--json") { Description = "Print one JSON object" };
        var command = new Command("fit", "Fit BG/NBD and Gamma-Gamma on the CRM's orders up to the calibration end") { end, unit, json };
        command.SetAction(async (parse, ct) =>
        {
            var fit = await Refusing(() => fitter.FitAsync(Date(parse.GetValue(end)!, "--calibration-end"), parse.GetValue(unit) == "day" ? TimeUnit.Day : TimeUnit.Week, Progress(context), ct));
            var (b, g) = (fit.BgNbd.Parameters, fit.GammaGamma.Parameters);
            if (parse.GetValue(json))
                context.Out.WriteLine(JsonSerializer.Serialize(new
                {
                    calibrationEnd = fit.CalibrationEnd, unit = fit.Unit,
                    bgnbd = new { r = b.R, alpha = b.Alpha, a = b.A, b = b.B, logLikelihood = fit.BgNbd.LogLikelihood },
                    gammaGamma = new { p = g.P, q = g.Q, gamma = g.Gamma, logLikelihood = fit.GammaGamma.LogLikelihood },
                    customers = fit.BgNbd.Customers, repeatCustomers = fit.BgNbd.RepeatCustomers, fitSeconds = fit.FitSeconds,
                }, Json));
            else
                context.Out.WriteLine(Invariant($"BG/NBD ({fit.Unit}s, calibration to {fit.CalibrationEnd:yyyy-MM-dd}): r={b.R:0.######} alpha={b.Alpha:0.######} a={b.A:0.######} b={b.B:0.######} log-likelihood={fit.BgNbd.LogLikelihood:0.###}\nGamma-Gamma: p={g.P:0.####} q={g.Q:0.####} gamma={g.Gamma:0.####} ({fit.GammaGamma.RepeatCustomers} repeat customers)\ncustomers={fit.BgNbd.Customers} repeatCustomers={fit.BgNbd.RepeatCustomers}"));
            return 0;
        });
        return command;
    }

    private Command Run(PluginCommandContext context)
    {
        var asOf = new Option<string?>("--as-of") { HelpName = "YYYY-MM-DD", Description = "Score as of this day (default: today, UTC)" };
        var json = new Option<bool>("--json") { Description = "Print the run as JSON" };
        var command = new Command("run", "Score every customer and store the run") { asOf, json };
        command.SetAction(async (parse, ct) =>
        {
            var day = parse.GetValue(asOf) is { } text ? Date(text, "--as-of") : DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
            var run = await runner.RunAsync(day, "command", Progress(context), ct);
            var parameters = RunJson.Read(run.ParametersJson);
            if (parse.GetValue(json))
                context.Out.WriteLine(JsonSerializer.Serialize(new { run.Id, run.AsOf, run.Customers, run.Warnings, parameters.BgNbd, parameters.BgNbdError, parameters.GammaGamma, parameters.GammaGammaError }, Json));
            else
                context.Out.WriteLine(Invariant($"run {run.Id} as of {run.AsOf:yyyy-MM-dd}: {run.Customers} customers scored, {run.Warnings} churn warnings{(parameters.BgNbdError ?? parameters.GammaGammaError) switch { null => "", var why => $"; probabilistic CLV left out: {why}" }}"));
            return 0;
        });
        return command;
    }

    private Command Runs(PluginCommandContext context)
    {
        var command = new Command("runs", "List the stored runs, newest first");
        command.SetAction(async (_, ct) =>
        {
            foreach (var run in await db.Runs.AsNoTracking().OrderByDescending(r => r.Id).Take(50).ToListAsync(ct))
                context.Out.WriteLine(Invariant($"{run.Id,5}  as of {run.AsOf:yyyy-MM-dd}  {run.Trigger,-8} {run.Customers,7} customers {run.Warnings,7} warnings  started {run.StartedUtc:yyyy-MM-dd HH:mm}Z{(run.FinishedUtc is null ? "  (unfinished)" : "")}"));
            return 0;
        });
        return command;
    }

    private Command Show(PluginCommandContext context)
    {
        var customer = new Argument<long>("CUSTOMER") { Description = "The customer's id" };
        var runId = new Option<long?>("--run") { HelpName = "ID", Description = "A stored run (default: the latest)" };
        var command = new Command("show", "Explain a customer's scores: inputs, formula or model, parameters") { customer, runId };
        command.SetAction(async (parse, ct) =>
        {
            var id = parse.GetValue(customer);
            var run = parse.GetValue(runId) is { } wanted
                ? await db.Runs.AsNoTracking().SingleOrDefaultAsync(r => r.Id == wanted, ct) ?? throw new PluginCommandException($"no scoring run {wanted} (see crm scoring runs)")
                : await ScoringRunner.LatestAsync(db, ct) ?? throw new PluginCommandException("no scoring run yet: run crm scoring run first");
            var row = await db.Scores.AsNoTracking().SingleOrDefaultAsync(s => s.RunId == run.Id && s.CustomerId == id, ct)
                ?? throw new PluginCommandException($"customer {id} has no score in run {run.Id} (no purchase by {run.AsOf:yyyy-MM-dd}, or no such customer)");
            context.Out.WriteLine(JsonSerializer.Serialize(ScoreExplainer.Explain(run, row), Json));
            return 0;
        });
        return command;
    }

    private static DateOnly Date(string text, string option) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new PluginCommandException($"{option}: '{text}' is not a date in the form 2026-01-31", 2);

    private static async Task<T> Refusing<T>(Func<Task<T>> fit)
    {
        try
        {
            return await fit();
        }
        catch (FitException ex)
        {
            throw new PluginCommandException(ex.Message);
        }
    }

    private static IProgress<string> Progress(PluginCommandContext context) => new SynchronousProgress(line => context.Error.WriteLine(line));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>Progress written at once, on the caller's thread (Progress&lt;T&gt; posts to the thread pool and may print late).</summary>
    private sealed class SynchronousProgress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
