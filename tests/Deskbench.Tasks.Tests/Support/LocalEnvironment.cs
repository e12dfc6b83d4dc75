using Deskbench.Core.Environments;
using Deskbench.Core.Guest;

namespace Deskbench.Tasks.Tests.Support;

/// <summary>An environment around a <see cref="LocalGuestClient"/>.</summary>
internal sealed class LocalEnvironment(LocalGuestClient guest, ScreenSize? screenSize = null) : IEnvironment
{
    public string Id => "local-test";

    public string ProviderName => "test";

    public ScreenSize ScreenSize { get; } = screenSize ?? ScreenSize.Default;

    public IGuestClient Guest => guest;

    public IReadOnlyDictionary<string, string> Properties { get; } = new Dictionary<string, string>();

    public ValueTask DisposeAsync() => guest.DisposeAsync();
}
