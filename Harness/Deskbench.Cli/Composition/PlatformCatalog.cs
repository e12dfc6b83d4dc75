using Deskbench.Core.Tasks;
using Deskbench.Evaluators;
using Deskbench.Tasks.Setup;

namespace Deskbench.Cli.Composition;

/// <summary>What this build implements: setup step types, getters and metrics, by their OSWorld names.</summary>
public static class PlatformCatalog
{
    public static SupportedFeatures SupportedFeatures()
    {
        var setup = SetupRunner.CreateDefault(null, null, null).SupportedTypes.ToHashSet(StringComparer.Ordinal);
        return new SupportedFeatures(setup, EvaluatorCatalog.Getters().Names, EvaluatorCatalog.Metrics().Names);
    }
}
