using Deskbench.Core.Environments;
using Deskbench.Core.Guest;

namespace Deskbench.Evaluators.Documents.Tests.Support;

/// <summary>An environment around a <see cref="FolderGuestClient"/>.</summary>
public sealed class FolderEnvironment(IGuestClient guest) : IEnvironment
{
    public string Id => "folder-test";

    public string ProviderName => "test";

    public ScreenSize ScreenSize => ScreenSize.Default;

    public IGuestClient Guest { get; } = guest;

    public IReadOnlyDictionary<string, string> Properties { get; } = new Dictionary<string, string>();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
