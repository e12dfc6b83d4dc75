using Deskbench.Evaluators.Documents.Getters;

namespace Deskbench.Evaluators.Documents;

/// <summary>The getters of this project (they read office packages), to add to a <see cref="GetterRegistry"/> at composition time.</summary>
public static class DocumentGetters
{
    public static IReadOnlyList<IGetter> All { get; } =
    [
        new AudioInSlideGetter(),
        new BackgroundImageInSlideGetter(),
        new ContentFromVmFileGetter(),
    ];
}
