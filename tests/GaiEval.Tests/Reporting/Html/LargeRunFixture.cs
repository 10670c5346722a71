namespace GaiEval.Tests.Reporting.Html;

using GaiEval.Core.Reporting;
using GaiEval.Tests.Support;

/// <summary>The 3,000-item run of <see cref="ItemPagesTests.LargeReportAsync"/>, stored and built once for the tests that only read it.</summary>
public sealed class LargeRunFixture : IAsyncLifetime
{
    private readonly TempFolder folder = new();

    public RunReport Report { get; private set; } = null!;

    public async Task InitializeAsync() => Report = await ItemPagesTests.LargeReportAsync(folder);

    public Task DisposeAsync()
    {
        folder.Dispose();
        return Task.CompletedTask;
    }
}
