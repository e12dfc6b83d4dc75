namespace Deskbench.Evaluators.Getters.Apps;

/// <summary>OSWorld's <c>getters/gimp.py</c>, <c>getters/vscode.py</c>, <c>getters/replay.py</c> and file.py's <c>content_from_vm_file</c>.</summary>
public static class AppConfigGetters
{
    public static IReadOnlyList<IGetter> All { get; } = [new GimpConfigFileGetter(), new VsCodeConfigGetter(), new ReplayGetter(), new ContentFromVmFileGetter()];
}
