using Microsoft.AspNetCore.Mvc;
using PluginCrm.Host.Api;

namespace PluginCrm.Host.Records.Leads.Convert;

/// <summary>A conversion that found possible duplicates: 409 with the candidates the caller may read.</summary>
public sealed class DuplicatesProblem : IProblemMapper
{
    public ProblemDetails? Map(Exception exception) => exception is PossibleDuplicatesException duplicates
        ? new ProblemDetails
        {
            Status = 409, Title = "Possible duplicates", Detail = duplicates.Message,
            Extensions = { ["candidates"] = duplicates.Candidates, ["unreadable"] = duplicates.Unreadable },
        }
        : null;
}
