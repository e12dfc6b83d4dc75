using System.Text;

namespace Deskbench.Evaluators.Metrics.General;

/// <summary>
/// Python's <c>csv.DictReader</c> with the default (excel) dialect: comma-separated, <c>"</c>-quoted fields with doubled
/// quotes, the first row as field names; blank rows are skipped; a short row's missing fields are None; extra values go
/// under the key None (dropped here, as no pattern can name it).
/// </summary>
internal static class CsvDictReader
{
    public static IEnumerable<IReadOnlyDictionary<string, string?>> Read(string text)
    {
        var rows = ParseRows(text).Where(row => row.Count > 0).ToList();
        if (rows.Count == 0)
        {
            yield break;
        }

        var header = rows[0];
        foreach (var row in rows.Skip(1))
        {
            var record = new Dictionary<string, string?>(StringComparer.Ordinal);
            for (var i = 0; i < header.Count; i++)
            {
                record[header[i]] = i < row.Count ? row[i] : null;
            }

            yield return record;
        }
    }

    private static List<List<string>> ParseRows(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var fieldStarted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    fieldStarted = true;
                    break;
                case ',':
                    row.Add(field.ToString());
                    field.Clear();
                    fieldStarted = true;
                    break;
                case '\r' or '\n':
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    EndRow();
                    break;
                default:
                    field.Append(c);
                    fieldStarted = true;
                    break;
            }
        }

        EndRow();
        return rows;

        void EndRow()
        {
            if (fieldStarted || field.Length > 0 || row.Count > 0)
            {
                row.Add(field.ToString());
            }

            rows.Add(row);
            row = [];
            field.Clear();
            fieldStarted = false;
        }
    }
}
