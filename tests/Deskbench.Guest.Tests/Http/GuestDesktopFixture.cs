namespace Deskbench.Guest.Tests.Http;

/// <summary>
/// The desktop of the endpoint tests (<see cref="InProcessGuestDesktop"/>): children get a scratch HOME so <c>~/</c> paths
/// never touch the real one, and a second client sends no token.
/// </summary>
public sealed class GuestDesktopFixture() : InProcessGuestDesktop(TimeSpan.FromSeconds(60), scratchHome: true, new Dictionary<string, string>())
{
    public string Home => ScratchHome!;

    /// <summary>A client that sends no token.</summary>
    public HttpClient Anonymous { get; } = new();

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        Anonymous.BaseAddress = Client.BaseAddress;
    }

    public override async ValueTask DisposeAsync()
    {
        Anonymous.Dispose();
        await base.DisposeAsync();
    }
}
