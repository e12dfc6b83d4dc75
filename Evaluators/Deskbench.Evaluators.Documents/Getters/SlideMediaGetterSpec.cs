using System.Text.Json.Nodes;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Documents.Getters;

/// <summary>
/// The arguments of OSWorld's <c>audio_in_slide</c> and <c>background_image_in_slide</c> getters:
/// <c>{ppt_file_path, slide_index, dest}</c> (all three required; <c>slide_index</c> is passed through <c>int()</c>).
/// </summary>
internal sealed record SlideMediaGetterSpec(string PptFilePath, int SlideIndex, string Dest)
{
    /// <summary>The slide part (<c>ppt/slides/slide{index+1}.xml</c>).</summary>
    public string SlidePart => $"ppt/slides/slide{SlideIndex + 1}.xml";

    /// <summary>The slide's relationships part (<c>ppt/slides/_rels/slide{index+1}.xml.rels</c>).</summary>
    public string RelationshipsPart => $"ppt/slides/_rels/slide{SlideIndex + 1}.xml.rels";

    public static SlideMediaGetterSpec Parse(JsonObject spec)
    {
        var path = PythonValues.AsString(PythonIndexing.GetItem(spec, "ppt_file_path"))
            ?? throw new PythonErrorException("TypeError", "ppt_file_path must be a string");
        var indexNode = PythonIndexing.GetItem(spec, "slide_index");
        var index = PythonValues.AsString(indexNode) is { } text
            ? int.Parse(text.Trim(), System.Globalization.CultureInfo.InvariantCulture)
            : (int)PythonValues.GetInteger(indexNode);
        var dest = PythonValues.AsString(PythonIndexing.GetItem(spec, "dest"))
            ?? throw new PythonErrorException("TypeError", "dest must be a string");
        return new SlideMediaGetterSpec(path, index, dest);
    }
}
