using Deskbench.Core.Actions.Translation;
using Deskbench.Core.Environments;
using Deskbench.Core.Evaluation;
using Deskbench.Core.Setup;
using Deskbench.Harness.Episodes;

namespace Deskbench.Harness.Tests.Desktop;

/// <summary>The real parts an <see cref="EpisodeRunner"/> needs: a desktop provider, setup runner, evaluator, asset cache, translators.</summary>
internal sealed record EpisodeParts(
    IEnvironmentProvider Provider,
    ISetupRunner SetupRunner,
    ITaskEvaluator Evaluator,
    IAssetCache Assets,
    ActionTranslatorRegistry Translators);
