using System.Text;

namespace Deskbench.Harness.Export;

/// <summary>Renders a fixed-width plain-text table: first column left-aligned, the others right-aligned, a rule under the header.</summary>
public static class PlainTextTable
{
    public static string Render(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        var all = new List<IReadOnlyList<string>> { header };
        all.AddRange(rows);
        var widths = Enumerable.Range(0, header.Count).Select(c => all.Max(r => c < r.Count ? r[c].Length : 0)).ToArray();
        var text = new StringBuilder();
        for (var i = 0; i < all.Count; i++)
        {
            var cells = all[i].Select((cell, c) => c == 0 ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]));
            text.Append(string.Join(" | ", cells).TrimEnd()).Append('\n');
            if (i == 0)
            {
                text.Append(string.Join("-+-", widths.Select(w => new string('-', w)))).Append('\n');
            }
        }

        return text.ToString();
    }
}
