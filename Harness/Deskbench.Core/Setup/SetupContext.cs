using Deskbench.Core.Environments;
using Deskbench.Core.Tasks;

namespace Deskbench.Core.Setup;

/// <summary>
/// What a setup step may use: the task, its environment, the task's host-side cache folder (OSWorld's <c>cache/&lt;id&gt;/</c>)
/// and the asset cache for <c>download</c>/<c>cloud_file</c> URLs.
/// </summary>
public sealed record SetupContext(TaskSpec Task, IEnvironment Environment, string CacheDirectory, IAssetCache Assets);
