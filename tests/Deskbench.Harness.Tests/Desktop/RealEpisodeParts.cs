using Deskbench.Core.Actions.Translation;
using Deskbench.Core.Environments;
using Deskbench.Core.Evaluation;
using Deskbench.Core.Setup;

namespace Deskbench.Harness.Tests.Desktop;

/// <summary>
/// Finds the real local provider, setup runner, evaluator and asset cache (the translators are Core's). The harness tests do not
/// reference them at compile time (the harness depends on Core only); they are found in the Deskbench assemblies copied
/// beside the tests once this project references Deskbench.Infra.Local, Deskbench.Tasks and Deskbench.Evaluators.
/// When a part is missing, <see cref="Problem"/> says which, and the desktop tests skip with that reason.
/// </summary>
internal static class RealEpisodeParts
{
    private static readonly Lazy<(EpisodeParts? Parts, string? Problem)> Discovered = new(Discover);

    public static EpisodeParts? Parts => Discovered.Value.Parts;

    public static string? Problem => Discovered.Value.Problem;

    private static (EpisodeParts?, string?) Discover()
    {
        if (!OperatingSystem.IsLinux())
        {
            return (null, "desktop tier: the local provider needs Linux");
        }

        if (!File.Exists("/usr/bin/Xvfb"))
        {
            return (null, "desktop tier: Xvfb is not installed (apt-get install xvfb openbox xterm)");
        }

        var resolver = new ReflectionPartResolver(AppContext.BaseDirectory);
        var provider = resolver.TryBuild<IEnvironmentProvider>(out var providerProblem, p => p.Name == "local");
        var setupRunner = resolver.TryBuild<ISetupRunner>(out var setupProblem);
        var evaluator = resolver.TryBuild<ITaskEvaluator>(out var evaluatorProblem);
        var assets = resolver.TryBuild<IAssetCache>(out var assetsProblem);
        var problems = new[] { providerProblem, setupProblem, evaluatorProblem, assetsProblem }.OfType<string>().ToList();
        if (problems.Count > 0)
        {
            return (null, "desktop tier: real episode parts are not wired into Deskbench.Harness.Tests: " + string.Join(" | ", problems));
        }

        return (new EpisodeParts(provider!, setupRunner!, evaluator!, assets!, ActionTranslatorRegistry.CreateDefault()), null);
    }
}
