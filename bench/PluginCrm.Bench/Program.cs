using System.Reflection;
using PluginCrm.Bench;

// Run: dotnet run -c Release --project bench/PluginCrm.Bench -- startup [--runs N] | import [--sqlite] | pipeline [--requests N] | assign [--requests N] | scoring | render [--customers N] | complaints [--complaints N] | timeline [--orders N] | console [--requests N] | surveys [--answers N] | training [--attempts N] | webhooks [--deliveries N] | scaleout [--requests N] | tenants | scale [--customers N] [--requests N]
var command = args.FirstOrDefault();
if (command == "import-memory" && args.Length == 2) // a child process of the import benchmark
    return await ImportMemoryRun.RunAsync(args[1]);
if (command is not ("startup" or "import" or "pipeline" or "assign" or "scoring" or "render" or "complaints" or "timeline" or "console" or "surveys" or "training" or "webhooks" or "scaleout" or "tenants" or "scale"))
    return Usage();

var runs = 5;
var requests = command switch { "assign" => 1000, "console" => 200, "scale" => 20, _ => 2000 };
var customers = command == "scale" ? 1_000_000 : 100_000;
var complaints = 500;
var orders = 5000;
var answers = 1000;
var attempts = 1000;
var deliveries = 2000;
var sqliteOnly = false;
for (var i = 1; i < args.Length; i++)
{
    if (command == "startup" && args[i] == "--runs" && i + 1 < args.Length && int.TryParse(args[++i], out var n) && n > 0)
        runs = n;
    else if (command is "pipeline" or "assign" or "console" or "scaleout" or "scale" && args[i] == "--requests" && i + 1 < args.Length && int.TryParse(args[++i], out var r) && r > 0)
        requests = r;
    else if (command == "import" && args[i] == "--sqlite")
        sqliteOnly = true;
    else if (command == "complaints" && args[i] == "--complaints" && i + 1 < args.Length && int.TryParse(args[++i], out var k) && k > 0)
        complaints = k;
    else if (command == "timeline" && args[i] == "--orders" && i + 1 < args.Length && int.TryParse(args[++i], out var o) && o > 0)
        orders = o;
    else if (command == "surveys" && args[i] == "--answers" && i + 1 < args.Length && int.TryParse(args[++i], out var a) && a > 0)
        answers = a;
    else if (command == "training" && args[i] == "--attempts" && i + 1 < args.Length && int.TryParse(args[++i], out var q) && q > 0)
        attempts = q;
    else if (command == "webhooks" && args[i] == "--deliveries" && i + 1 < args.Length && int.TryParse(args[++i], out var w) && w >= 4)
        deliveries = w;
    else if (command is "render" or "scale" && args[i] == "--customers" && i + 1 < args.Length && int.TryParse(args[++i], out var c) && c >= 10)
        customers = c;
    else
        return Usage();
}

// Not typeof(Program): the host, referenced for CrmTestHost, has a Program of its own.
var configuration = typeof(StartupBench).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
    .Single(a => a.Key == "Configuration").Value!;
var repoRoot = FindRepoRoot();
return command switch
{
    "startup" => await StartupBench.RunAsync(repoRoot, configuration, runs),
    "import" => await ImportBench.RunAsync(repoRoot, configuration, sqliteOnly),
    "assign" => await AssignBench.RunAsync(repoRoot, configuration, requests),
    "scoring" => await ScoringBench.RunAsync(repoRoot, configuration),
    "render" => await RenderBench.RunAsync(repoRoot, configuration, customers),
    "complaints" => await ComplaintsBench.RunAsync(repoRoot, configuration, complaints),
    "timeline" => await TimelineBench.RunAsync(repoRoot, configuration, orders),
    "console" => await ConsoleBench.RunAsync(repoRoot, configuration, requests),
    "surveys" => await SurveysBench.RunAsync(repoRoot, configuration, answers),
    "training" => await TrainingBench.RunAsync(repoRoot, configuration, attempts),
    "webhooks" => await WebhookBench.RunAsync(repoRoot, configuration, deliveries),
    "scaleout" => await ScaleOutBench.RunAsync(repoRoot, configuration, requests),
    "tenants" => await TenantsBench.RunAsync(repoRoot, configuration),
    "scale" => await ScaleBench.RunAsync(repoRoot, configuration, customers, requests),
    _ => await PipelineBench.RunAsync(repoRoot, configuration, requests),
};

static int Usage()
{
    Console.Error.WriteLine("usage: PluginCrm.Bench startup [--runs N] | import [--sqlite] | pipeline [--requests N] | assign [--requests N] | scoring | render [--customers N] | complaints [--complaints N] | timeline [--orders N] | console [--requests N] | surveys [--answers N] | training [--attempts N] | webhooks [--deliveries N] | scaleout [--requests N] | tenants | scale [--customers N] [--requests N]");
    return 2;
}

static string FindRepoRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "PluginCrm.sln")))
            return dir.FullName;
    }
    throw new InvalidOperationException($"PluginCrm.sln not found above {AppContext.BaseDirectory}");
}
