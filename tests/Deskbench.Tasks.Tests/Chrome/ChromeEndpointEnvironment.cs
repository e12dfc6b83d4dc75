using Deskbench.Core.Environments;
using Deskbench.Core.Guest;
using Deskbench.Tasks.Setup.Steps;

namespace Deskbench.Tasks.Tests.Chrome;

/// <summary>Another environment whose <c>cdp_url</c> property points at <paramref name="cdpUrl"/>.</summary>
internal sealed class ChromeEndpointEnvironment(IEnvironment inner, string cdpUrl) : IEnvironment
{
    public string Id => inner.Id;

    public string ProviderName => inner.ProviderName;

    public ScreenSize ScreenSize => inner.ScreenSize;

    public IGuestClient Guest => inner.Guest;

    public IReadOnlyDictionary<string, string> Properties { get; } = new Dictionary<string, string>
    {
        [ChromeStepEnvironment.CdpUrlProperty] = cdpUrl,
    };

    /// <summary>The inner environment is owned by whoever created it.</summary>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
