using System.Text.RegularExpressions;

namespace Deskbench.Infra.Local;

/// <summary>The guest process ended before it printed its ready line.</summary>
internal sealed partial class GuestExitedException(int? exitCode, IReadOnlyList<string> lastErrorLines)
    : Exception($"the guest exited (code {exitCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}) before it was ready"
        + (lastErrorLines.Count == 0 ? "; it wrote nothing on stderr" : "; last stderr lines: " + string.Join(" | ", lastErrorLines)))
{
    public int? ExitCode { get; } = exitCode;

    public IReadOnlyList<string> LastErrorLines { get; } = lastErrorLines;

    /// <summary>True when stderr says another X server already holds the display (the guest's or Xvfb's own words).</summary>
    public bool IsDisplayOccupied => LastErrorLines.Any(line => DisplayOccupiedPattern().IsMatch(line));

    [GeneratedRegex(@"occupied|already (active|running|in use)|server is already active|cannot establish any listening sockets", RegexOptions.IgnoreCase)]
    private static partial Regex DisplayOccupiedPattern();
}
