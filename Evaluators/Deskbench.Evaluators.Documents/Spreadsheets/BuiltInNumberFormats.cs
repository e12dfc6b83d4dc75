using System.Text.RegularExpressions;

namespace Deskbench.Evaluators.Documents.Spreadsheets;

/// <summary>SpreadsheetML's built-in number formats and openpyxl's date-format test.</summary>
internal static partial class BuiltInNumberFormats
{
    private static readonly Dictionary<int, string> Codes = new()
    {
        [0] = "General", [1] = "0", [2] = "0.00", [3] = "#,##0", [4] = "#,##0.00", [9] = "0%", [10] = "0.00%",
        [11] = "0.00E+00", [12] = "# ?/?", [13] = "# ??/??", [14] = "mm-dd-yy", [15] = "d-mmm-yy", [16] = "d-mmm",
        [17] = "mmm-yy", [18] = "h:mm AM/PM", [19] = "h:mm:ss AM/PM", [20] = "h:mm", [21] = "h:mm:ss", [22] = "m/d/yy h:mm",
        [37] = "#,##0 ;(#,##0)", [38] = "#,##0 ;[Red](#,##0)", [39] = "#,##0.00;(#,##0.00)", [40] = "#,##0.00;[Red](#,##0.00)",
        [45] = "mm:ss", [46] = "[h]:mm:ss", [47] = "mmss.0", [48] = "##0.0E+0", [49] = "@",
    };

    public static string Code(int id) => Codes.TryGetValue(id, out var code) ? code : "General";

    /// <summary>openpyxl's <c>is_date_format</c>: d, m, y, h or s outside quoted text and brackets (colours, locales).</summary>
    public static bool IsDateFormat(string code)
    {
        if (code is "General" or "@")
        {
            return false;
        }

        var stripped = Bracketed().Replace(Quoted().Replace(code.Split(';')[0], string.Empty), string.Empty);
        stripped = Escaped().Replace(stripped, string.Empty);
        return DatePart().IsMatch(stripped);
    }

    [GeneratedRegex("\"[^\"]*\"")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\[[^\]]*\]")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"\\.")]
    private static partial Regex Escaped();

    [GeneratedRegex("[dmhysDMHYS]")]
    private static partial Regex DatePart();
}
