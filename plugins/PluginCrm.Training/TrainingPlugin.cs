using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PluginCrm.Sdk.Data;
using PluginCrm.Sdk.Plugins;
using PluginCrm.Training.Data;

namespace PluginCrm.Training;

/// <summary>
/// Customer education and training: courses of lessons and quizzes in versions, enrolments of customers and staff with
/// their progress, certificates anyone can verify, events with a waiting list, and the reports of who completed what.
/// </summary>
public sealed class TrainingPlugin : ICrmPlugin
{
    public void Configure(IPluginBuilder plugin)
    {
        plugin.AddSettings<TrainingSettings>().AddDbContext<TrainingDbContext>();
        plugin.Services.AddScoped<Courses.Manage.CourseAdmin>();
        plugin.AddCommand<Cli.TrainingCommand>().Services.AddScoped<Content.CourseImport>();
    }

    public void MapEndpoints(IEndpointRouteBuilder api) => api.MapTrainingEndpoints();
}
