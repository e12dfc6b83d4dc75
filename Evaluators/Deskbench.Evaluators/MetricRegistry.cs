using System.Diagnostics.CodeAnalysis;
using Deskbench.Core.Tasks;
using Deskbench.Evaluators.Metrics;

namespace Deskbench.Evaluators;

/// <summary>
/// Metrics by their OSWorld function name (a task's <c>func</c>). Fill it at composition time (<see cref="CreateDefault"/>, then
/// <see cref="Add"/> for metrics of other projects); lookups are safe from any thread once it is filled.
/// </summary>
public sealed class MetricRegistry
{
    private readonly Dictionary<string, IMetric> metrics = new(StringComparer.Ordinal);

    public MetricRegistry()
    {
    }

    public MetricRegistry(IEnumerable<IMetric> metrics) => AddRange(metrics);

    /// <summary>The built-in metrics of this project.</summary>
    public static IReadOnlyList<IMetric> BuiltIn { get; } =
    [
        new ExactMatchMetric(),
        new CheckIncludeExcludeMetric(),
        new FuzzyMatchMetric(),
        new CheckListMetric(),
        new CheckDirectJsonObjectMetric(),
        new CheckJsonMetric(),
        new FileContainsMetric(),
        new DiffTextFileMetric(),
        new LiteralMatchMetric(),
        new IsInListMetric(),
        new MatchInListMetric(),
        new CompareTextFileMetric(),
        new CheckLineNumberMetric(),
        new InfeasibleMetric(),
        new CheckGnomeFavoriteAppsMetric(),
        new IsUtc0Metric(),
        new CheckTextEnlargedMetric(),
        new CheckMovedJpgsMetric(),
        new IsInVmClipboardMetric(),
        new CheckAccessibilityTreeMetric(),
        new CheckJsonSettingsMetric(), new CheckJsonKeybindingsMetric(), new IsExtensionInstalledMetric(), new CompareAnswerMetric(), new CompareResultFilesMetric(), new CompareConfigMetric(), new CheckThunderbirdPrefsMetric(), new CheckThunderbirdFilterMetric(), new CheckLibreLocaleMetric(), new CheckThunderbirdFolderMetric(),
        .. Chrome.ChromeMetrics.All,
        .. Metrics.Vlc.VlcMetrics.All, .. Metrics.General.GeneralMetrics.All, .. Metrics.VsCode.VsCodeFileMetrics.All,
    ];

    /// <summary>A registry holding the built-in metrics.</summary>
    public static MetricRegistry CreateDefault() => new(BuiltIn);

    /// <summary>The registered names (what task validation accepts).</summary>
    public IReadOnlySet<string> Names => metrics.Keys.ToHashSet(StringComparer.Ordinal);

    /// <summary>Registers a metric; a second metric with the same name is a composition error.</summary>
    public MetricRegistry Add(IMetric metric)
    {
        if (!metrics.TryAdd(metric.Name, metric))
        {
            throw new InvalidOperationException($"a metric named '{metric.Name}' is already registered");
        }

        return this;
    }

    public MetricRegistry AddRange(IEnumerable<IMetric> metrics)
    {
        foreach (var metric in metrics)
        {
            Add(metric);
        }

        return this;
    }

    public bool Contains(string name) => metrics.ContainsKey(name);

    public bool TryGet(string name, [NotNullWhen(true)] out IMetric? metric) => metrics.TryGetValue(name, out metric);

    /// <summary>The metric named <paramref name="name"/>; throws <see cref="UnsupportedFeatureException"/> when unknown.</summary>
    public IMetric Get(string name) =>
        TryGet(name, out var metric) ? metric : throw new UnsupportedFeatureException("metric", name);
}
