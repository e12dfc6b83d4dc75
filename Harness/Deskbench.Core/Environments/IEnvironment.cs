using Deskbench.Core.Guest;

namespace Deskbench.Core.Environments;

/// <summary>One running desktop, leased to one episode. Disposing it tears everything down.</summary>
public interface IEnvironment : IAsyncDisposable
{
    string Id { get; }

    string ProviderName { get; }

    ScreenSize ScreenSize { get; }

    /// <summary>The guest service inside the desktop.</summary>
    IGuestClient Guest { get; }

    /// <summary>Provider facts worth recording (display, ports, image digest …).</summary>
    IReadOnlyDictionary<string, string> Properties { get; }
}
