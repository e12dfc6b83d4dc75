using Deskbench.Core.Environments;
using Deskbench.Core.Guest;

namespace Deskbench.Evaluators.Tests.Chrome;

/// <summary>An environment that is another one with extra <see cref="Properties"/> (the Chrome endpoint and profile folder).</summary>
public sealed class ChromeTestEnvironment(IEnvironment inner, IReadOnlyDictionary<string, string> extra) : IEnvironment
{
    public string Id => inner.Id;

    public string ProviderName => inner.ProviderName;

    public ScreenSize ScreenSize => inner.ScreenSize;

    public IGuestClient Guest => inner.Guest;

    public IReadOnlyDictionary<string, string> Properties { get; } =
        inner.Properties.Concat(extra).GroupBy(pair => pair.Key).ToDictionary(group => group.Key, group => group.Last().Value);

    /// <summary>The inner environment is owned by whoever created it.</summary>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
