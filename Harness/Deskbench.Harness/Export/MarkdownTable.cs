using System.Text;

namespace Deskbench.Harness.Export;

/// <summary>Renders a GitHub-flavoured Markdown table; the first column is left-aligned, the others right-aligned.</summary>
public static class MarkdownTable
{
    public static string Render(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringBuilder();
        text.Append("| ").Append(string.Join(" | ", header.Select(Escape))).Append(" |\n");
        text.Append('|').Append(string.Join("|", header.Select((_, i) => i == 0 ? "---" : "---:"))).Append("|\n");
        foreach (var row in rows)
        {
            text.Append("| ").Append(string.Join(" | ", row.Select(Escape))).Append(" |\n");
        }

        return text.ToString();
    }

    private static string Escape(string cell) =>
        cell.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
