namespace Deskbench.Infra.Local.Tests;

/// <summary>One local desktop shared by the read-only tests of a class (saves an acquisition per test).</summary>
public sealed class SharedDesktopFixture : IAsyncLifetime
{
    private readonly string _workDirectory = LocalTestSupport.NewWorkDirectory();
    private LocalDesktopEnvironment? _environment;

    public LocalDesktopEnvironment Environment =>
        _environment ?? throw new InvalidOperationException("the shared desktop was not started");

    public async ValueTask InitializeAsync()
    {
        if (DesktopPrerequisites.SkipReason is null)
        {
            _environment = (LocalDesktopEnvironment)await LocalTestSupport.Provider()
                .AcquireAsync(LocalTestSupport.Request(_workDirectory), CancellationToken.None);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_environment is not null)
        {
            await _environment.DisposeAsync();
        }

        Directory.Delete(_workDirectory, recursive: true);
    }
}
