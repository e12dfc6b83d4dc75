using System.Diagnostics.CodeAnalysis;
using Deskbench.Core.Tasks;
using Deskbench.Evaluators.Getters;

namespace Deskbench.Evaluators;

/// <summary>
/// Getters by their OSWorld <c>type</c> name. Fill it at composition time (<see cref="CreateDefault"/>, then
/// <see cref="Add"/> for getters of other projects); lookups are safe from any thread once it is filled.
/// </summary>
public sealed class GetterRegistry
{
    private readonly Dictionary<string, IGetter> getters = new(StringComparer.Ordinal);

    public GetterRegistry()
    {
    }

    public GetterRegistry(IEnumerable<IGetter> getters) => AddRange(getters);

    /// <summary>The built-in getters of this project.</summary>
    public static IReadOnlyList<IGetter> BuiltIn { get; } =
    [
        new VmFileGetter(),
        new CloudFileGetter(),
        new CacheFileGetter(),
        new RuleGetter(),
        new VmCommandLineGetter(),
        new VmCommandErrorGetter(),
        new ListDirectoryGetter(),
        new VmScreenSizeGetter(),
        new TimeDiffRangeGetter(), new RuleRelativeTimeGetter(),
        new AccessibilityTreeGetter(), new VmTerminalOutputGetter(), new VmWallpaperGetter(), new VmWindowSizeGetter(),
        .. Chrome.ChromeGetters.All,
        .. Getters.Vlc.VlcGetters.All, .. Getters.Apps.AppConfigGetters.All,
    ];

    /// <summary>A registry holding the built-in getters.</summary>
    public static GetterRegistry CreateDefault() => new(BuiltIn);

    /// <summary>The registered names (what task validation accepts).</summary>
    public IReadOnlySet<string> Names => getters.Keys.ToHashSet(StringComparer.Ordinal);

    /// <summary>Registers a getter; a second getter with the same name is a composition error.</summary>
    public GetterRegistry Add(IGetter getter)
    {
        if (!getters.TryAdd(getter.Name, getter))
        {
            throw new InvalidOperationException($"a getter named '{getter.Name}' is already registered");
        }

        return this;
    }

    public GetterRegistry AddRange(IEnumerable<IGetter> getters)
    {
        foreach (var getter in getters)
        {
            Add(getter);
        }

        return this;
    }

    public bool Contains(string name) => getters.ContainsKey(name);

    public bool TryGet(string name, [NotNullWhen(true)] out IGetter? getter) => getters.TryGetValue(name, out getter);

    /// <summary>The getter named <paramref name="name"/>; throws <see cref="UnsupportedFeatureException"/> when unknown.</summary>
    public IGetter Get(string name) =>
        TryGet(name, out var getter) ? getter : throw new UnsupportedFeatureException("getter", name);
}
