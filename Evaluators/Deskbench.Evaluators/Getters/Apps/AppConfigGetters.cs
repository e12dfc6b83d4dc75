namespace Deskbench.Evaluators.Getters.Apps;

/// <summary>OSWorld's <c>getters/gimp.py</c>, <c>getters/vscode.py</c>, and <c>getters/replay.py</c> (file.py's <c>content_from_vm_file</c> reads xlsx, so it lives in Deskbench.Evaluators.Documents).</summary>
public static class AppConfigGetters
{
    public static IReadOnlyList<IGetter> All { get; } = [new GimpConfigFileGetter(), new VsCodeConfigGetter(), new ReplayGetter()];
}
