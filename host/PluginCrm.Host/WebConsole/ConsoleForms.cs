namespace PluginCrm.Host.WebConsole;

/// <summary>What the console's record pages share about their forms.</summary>
public static class ConsoleForms
{
    /// <summary>Runs a write as the API would; its refusal (bad input, a plugin's validation) is what the form says, in its words.</summary>
    public static async Task<string?> RefusalOfAsync(Func<Task> write)
    {
        try
        {
            await write();
            return null;
        }
        catch (Api.InputException ex)
        {
            return ex.Message;
        }
        catch (PluginCrm.Sdk.Pipeline.PipelineValidationException ex)
        {
            return ex.Message;
        }
    }
}
