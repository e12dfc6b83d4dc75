using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Deskbench.Harness.Report;

/// <summary>
/// Escaping and formatting shared by the report's pages: every text that comes from results goes through
/// <see cref="Encode"/> (HTML) or <see cref="ToScript"/> (a JS data file, with &lt; &gt; &amp; quotes escaped).
/// </summary>
public static class ReportHtml
{
    private static readonly JsonSerializerOptions Script = new() { Encoder = JavaScriptEncoder.Default, WriteIndented = false };

    /// <summary>Escapes &amp; &lt; &gt; " ' (text and attribute values alike); other characters stay readable.</summary>
    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            var entity = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            };
            if (entity is null)
            {
                escaped.Append(c);
            }
            else
            {
                escaped.Append(entity);
            }
        }

        return escaped.ToString();
    }

    /// <summary><c>window.NAME = {json};</c> with the JSON escaped for a script context.</summary>
    public static string ToScript(string globalName, JsonNode data) =>
        $"window.{globalName} = {data.ToJsonString(Script)};\n";

    public static string Score(double? score) =>
        score is { } value ? value.ToString("0.###", CultureInfo.InvariantCulture) : "–";

    public static string Percent(double fraction) =>
        (fraction * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    public static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);

    /// <summary>The opening of every page: doctype, charset, title and the stylesheet at <paramref name="rootPrefix"/>assets/.</summary>
    public static string Head(string title, string rootPrefix) =>
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n" +
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n" +
        $"<title>{Encode(title)}</title>\n<link rel=\"stylesheet\" href=\"{rootPrefix}assets/report.css\">\n</head>\n";

    /// <summary>
    /// A relative URL from a page's folder to a file: path segments percent-encoded, '/' separated, ready for an
    /// href/src attribute (still to be HTML-encoded there).
    /// </summary>
    public static string RelativeUrl(string fromDirectory, string toPath)
    {
        var relative = Path.GetRelativePath(fromDirectory, toPath);
        var segments = relative.Split(Path.DirectorySeparatorChar)
            .Select(segment => segment is ".." or "." ? segment : Uri.EscapeDataString(segment));
        return string.Join('/', segments);
    }
}
