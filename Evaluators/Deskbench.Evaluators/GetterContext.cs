using Deskbench.Core.Environments;
using Deskbench.Core.Setup;
using Deskbench.Core.Tasks;

namespace Deskbench.Evaluators;

/// <summary>
/// What a getter may use: the task, its environment (the guest), the task's host-side cache folder (OSWorld's
/// <c>cache/&lt;id&gt;/</c>, where file getters save their copies) and the asset cache for <c>cloud_file</c> URLs.
/// </summary>
public sealed record GetterContext(TaskSpec Task, IEnvironment Environment, string CacheDirectory, IAssetCache Assets)
{
    /// <summary>The clock for getters that stamp times (e.g. <c>vm_file</c>'s <c>time_suffix</c>).</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
