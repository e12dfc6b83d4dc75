using Deskbench.Core.Environments;
using Deskbench.Core.Guest;

namespace Deskbench.Evaluators.Tests.Support;

/// <summary>An environment around a guest client (this machine, or a guest that must not be touched).</summary>
public sealed class LocalEnvironment(IGuestClient guest) : IEnvironment
{
    public string Id => "local-test";

    public string ProviderName => "test";

    public ScreenSize ScreenSize => ScreenSize.Default;

    public IGuestClient Guest { get; } = guest;

    public IReadOnlyDictionary<string, string> Properties { get; } = new Dictionary<string, string>();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
