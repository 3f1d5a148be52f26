namespace PluginCrm.Feedback.Tests.Support;

/// <summary>A test class with a fresh <see cref="FeedbackHost"/> per test.</summary>
public abstract class FeedbackTest : IAsyncLifetime
{
    protected FeedbackHost feedback = null!;

    public async Task InitializeAsync() => feedback = await FeedbackHost.StartAsync();

    public async Task DisposeAsync() => await feedback.DisposeAsync();
}
