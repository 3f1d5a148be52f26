using PluginCrm.Sdk.Pipeline;
using PluginCrm.Sdk.Records;

namespace PluginCrm.LeadAssignment.Conversion;

/// <summary>
/// <c>lead.convert</c>, PreOperation: marks the conversion, so that the duplicate check leaves alone the customer it creates
/// (the host checked that customer's look-alikes and the caller decided; the lead itself would otherwise match).
/// </summary>
public sealed class ConversionStartStep(LeadConversionScope scope) : IPipelineStep
{
    public Task ExecuteAsync(PipelineContext context, CancellationToken cancellationToken)
    {
        scope.Converting = context.TargetAs<LeadConversion>().Lead.Id;
        return Task.CompletedTask;
    }
}
