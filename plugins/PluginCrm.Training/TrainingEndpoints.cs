using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using PluginCrm.Training.Certificates;
using PluginCrm.Training.Courses.Manage;
using PluginCrm.Training.Enrolments;
using PluginCrm.Training.Events;
using PluginCrm.Training.Learn;
using PluginCrm.Training.Reports;

namespace PluginCrm.Training;

/// <summary>
/// Maps <c>/api/training</c>: courses (define, publish, retire), enrolments and progress, quiz attempts, certificates and
/// their public check, a customer's personal course link, events and the reports.
/// </summary>
public static class TrainingEndpoints
{
    public static void MapTrainingEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGroup("/courses").MapCourses();
        api.MapEnrolments();
        api.MapCertificates();
        api.MapLearning();
        api.MapReports();
        api.MapGroup("/events").MapEvents();
    }
}
