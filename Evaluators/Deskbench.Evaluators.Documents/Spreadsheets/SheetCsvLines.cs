using System.Text;

namespace Deskbench.Evaluators.Documents.Spreadsheets;

/// <summary>
/// The printed form OSWorld's <c>sheet_print</c> rule compares: the CSV LibreOffice exported next to the workbook
/// (<c>{book without extension}-{sheet}.csv</c>), lines stripped, in reverse order, trailing blank lines dropped
/// (quirk: the list is reversed, harmless since both sides are). Null when the CSV is missing.
/// </summary>
internal static class SheetCsvLines
{
    public static IReadOnlyList<string>? Load(string bookPath, string sheetName)
    {
        var csv = Path.Combine(Path.GetDirectoryName(bookPath) ?? string.Empty, Path.GetFileNameWithoutExtension(bookPath) + "-" + sheetName + ".csv");
        if (!File.Exists(csv))
        {
            return null;
        }

        return [.. ReadLines(csv).Select(l => l.Trim()).Reverse().SkipWhile(l => l.Length == 0)];
    }

    /// <summary>OSWorld's <c>_safe_read_file</c>: UTF-8 (with or without BOM), else Latin-1; lines split like str.splitlines.</summary>
    public static IReadOnlyList<string> ReadLines(string path)
    {
        var bytes = File.ReadAllBytes(path);
        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(bytes);
            if (text.Length > 0 && text[0] == '\uFEFF')
            {
                text = text[1..];
            }
        }
        catch (DecoderFallbackException)
        {
            text = Encoding.Latin1.GetString(bytes);
        }

        return Deskbench.Evaluators.Python.PythonText.SplitLines(text);
    }
}
