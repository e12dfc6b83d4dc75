using System.Text;

namespace Deskbench.Evaluators.Python;

/// <summary>
/// Python's text-file and string helpers as OSWorld's metrics use them: <c>open(path).read()</c> (UTF-8, strict, universal
/// newlines), <c>for line in f</c>, <c>str.splitlines()</c> and <c>str.strip()</c>.
/// </summary>
public static class PythonText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary><c>open(path).read()</c>: decodes strict UTF-8 (a BOM stays as U+FEFF) and turns \r\n and \r into \n.</summary>
    public static string ReadText(string path) => TranslateNewlines(StrictUtf8.GetString(File.ReadAllBytes(path)));

    /// <summary>Universal-newlines translation: \r\n and lone \r become \n.</summary>
    public static string TranslateNewlines(string text) =>
        text.Contains('\r', StringComparison.Ordinal)
            ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')
            : text;

    /// <summary><c>for line in f</c> on translated text: lines split after each \n, keeping the \n.</summary>
    public static IReadOnlyList<string> IterateLines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                lines.Add(text[start..]);
                break;
            }

            lines.Add(text[start..(end + 1)]);
            start = end + 1;
        }

        return lines;
    }

    /// <summary><c>str.splitlines()</c>: splits on every Python line boundary and drops the terminators.</summary>
    public static IReadOnlyList<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!IsLineBoundary(c))
            {
                i++;
                continue;
            }

            lines.Add(text[start..i]);
            i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
            start = i;
        }

        if (start < text.Length)
        {
            lines.Add(text[start..]);
        }

        return lines;
    }

    /// <summary><c>str.strip()</c> with no argument (Python's whitespace set).</summary>
    public static string Strip(string text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && IsSpace(text[start]))
        {
            start++;
        }

        while (end > start && IsSpace(text[end - 1]))
        {
            end--;
        }

        return text[start..end];
    }

    /// <summary><c>str.strip(chars)</c>.</summary>
    public static string Strip(string text, string characters) => text.Trim(characters.ToCharArray());

    /// <summary><c>str.isspace()</c> for one character.</summary>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is >= '\x1c' and <= '\x1f';

    private static bool IsLineBoundary(char c) =>
        c is '\n' or '\r' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029';
}
