using System.Globalization;
using System.Text.Json;

namespace Deskbench.Cli.Commands;

/// <summary>Prints a <see cref="SuiteCoverage"/> as a plain aligned table or as one JSON document.</summary>
public static class SuiteCoverageWriter
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };

    public static void WriteTable(SuiteCoverage coverage, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(coverage);
        ArgumentNullException.ThrowIfNull(output);
        var rows = coverage.Domains.Append(coverage.Total).ToList();
        var width = Math.Max("domain".Length, rows.Max(r => r.Domain.Length));
        output.WriteLine($"{"domain".PadRight(width)}  {"tasks",6}  {"covered",7}  {"percent",7}");
        foreach (var row in rows)
        {
            if (ReferenceEquals(row, coverage.Total))
            {
                output.WriteLine(new string('-', width + 32));
            }

            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{row.Domain.PadRight(width)}  {row.TaskCount,6}  {row.CoveredCount,7}  {row.Percent,6:0.0}%"));
        }

        if (coverage.InvalidCount > 0)
        {
            output.WriteLine($"({coverage.InvalidCount} invalid task file(s) not counted; see `deskbench tasks validate`)");
        }

        output.WriteLine();
        if (coverage.Missing.Count == 0)
        {
            output.WriteLine("missing: none (every setup step, getter and metric is implemented)");
            return;
        }

        var kindWidth = Math.Max("kind".Length, coverage.Missing.Max(m => m.Kind.Length));
        var nameWidth = Math.Max("missing".Length, coverage.Missing.Max(m => m.Name.Length));
        output.WriteLine($"{"kind".PadRight(kindWidth)}  {"missing".PadRight(nameWidth)}  {"blocks",6}");
        foreach (var m in coverage.Missing)
        {
            output.WriteLine($"{m.Kind.PadRight(kindWidth)}  {m.Name.PadRight(nameWidth)}  {m.TaskCount,6}");
        }
    }

    public static void WriteJson(SuiteCoverage coverage, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(coverage);
        ArgumentNullException.ThrowIfNull(output);
        var document = new
        {
            path = coverage.Path,
            domains = coverage.Domains.Select(d => new { domain = d.Domain, tasks = d.TaskCount, covered = d.CoveredCount }),
            total = new { tasks = coverage.Total.TaskCount, covered = coverage.Total.CoveredCount },
            invalid = coverage.InvalidCount,
            missing = coverage.Missing.Select(m => new { kind = m.Kind, name = m.Name, tasks = m.TaskCount }),
        };
        output.WriteLine(JsonSerializer.Serialize(document, JsonOptions));
    }
}
