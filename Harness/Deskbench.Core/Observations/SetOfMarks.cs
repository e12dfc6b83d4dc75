using System.Globalization;
using System.Text;

namespace Deskbench.Core.Observations;

/// <summary>
/// The marks drawn on a set-of-marks screenshot and the index table shown to the agent beside it (OSWorld's
/// <c>draw_bounding_boxes</c>: header <see cref="TableHeader"/>, one line <c>index\ttag\tname\ttext</c> per box).
/// The pyautogui translator binds <c>tag_N</c> to box N's centre.
/// </summary>
public sealed record SetOfMarks(IReadOnlyList<ScreenMark> Marks, string Table)
{
    public const string TableHeader = "index\ttag\tname\ttext";

    public static SetOfMarks Empty { get; } = new([], TableHeader);

    /// <summary>Numbers the drawn candidates 1, 2, … in order and builds the index table.</summary>
    public static SetOfMarks FromDrawn(IReadOnlyList<MarkCandidate> drawn)
    {
        ArgumentNullException.ThrowIfNull(drawn);
        var marks = new List<ScreenMark>(drawn.Count);
        var table = new StringBuilder(TableHeader);
        for (var i = 0; i < drawn.Count; i++)
        {
            var candidate = drawn[i];
            var index = i + 1;
            marks.Add(new ScreenMark(index, candidate.X, candidate.Y, candidate.Width, candidate.Height));
            table.Append('\n').Append(index.ToString(CultureInfo.InvariantCulture))
                .Append('\t').Append(candidate.Tag).Append('\t').Append(candidate.Name).Append('\t').Append(candidate.Text);
        }

        return new SetOfMarks(marks, table.ToString());
    }

    /// <summary>The Python lines OSWorld prepends to the agent's code: <c>tag_N=(cx, cy)</c>, one per mark.</summary>
    public string TagVariablesPrefix()
    {
        var prefix = new StringBuilder();
        foreach (var mark in Marks)
        {
            prefix.Append(CultureInfo.InvariantCulture, $"{mark.VariableName}=({mark.Center.X}, {mark.Center.Y})\n");
        }

        return prefix.ToString();
    }
}
