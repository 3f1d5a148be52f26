using PluginCrm.Host.Templates.Rendering;
using PluginCrm.Sdk.Testing;
using Xunit.Abstractions;

namespace PluginCrm.Host.Tests.Templates;

/// <summary>Hostile renders in a row leave nothing behind in the functions every render shares.</summary>
[Collection(MemoryCollection.Name)]
public sealed class TemplateMemoryTests(ITestOutputHelper output)
{
    // 50,000 UTF-16 characters: 100 KB under a fresh name each render, 100 MB over a thousand if any of it stayed.
    private const string Hostile = "{{ crm_text['leak_' + n] = 'x' | string.pad_right 50000 }}";

    private const long Bound = 5 * 1024 * 1024;

    private readonly TemplateRenderer renderer = Renderers.Create(new ManualClock());

    [Fact]
    public void A_thousand_renders_adding_100_KB_to_a_namespace_leave_memory_where_it_was()
    {
        RenderHostile(from: 0, count: 50); // warm-up: JIT, the parsed-template cache, Scriban's own caches
        var before = GC.GetTotalMemory(forceFullCollection: true);

        RenderHostile(from: 50, count: 1_000);
        var after = GC.GetTotalMemory(forceFullCollection: true);

        output.WriteLine($"before {before:N0} bytes, after {after:N0} bytes, growth {after - before:N0} bytes");
        Assert.True(after - before < Bound, $"memory grew by {after - before:N0} bytes over 1,000 renders (before {before:N0}, after {after:N0})");
    }

    private void RenderHostile(int from, int count)
    {
        for (var n = from; n < from + count; n++)
        {
            try
            {
                renderer.Render(Hostile, new Dictionary<string, object?> { ["n"] = n }, CancellationToken.None);
            }
            catch (TemplateRenderException)
            {
                // refused: what the isolation tests expect; here only the memory counts
            }
        }
    }
}
