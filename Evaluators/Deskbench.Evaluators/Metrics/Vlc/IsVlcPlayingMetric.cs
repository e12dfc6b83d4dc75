using System.Xml.Linq;
using Deskbench.Evaluators.Python;

namespace Deskbench.Evaluators.Metrics.Vlc;

/// <summary>
/// <c>is_vlc_playing(status_xml_path, rule)</c> on VLC's <c>status.xml</c>: 0 unless <c>state</c> is <c>playing</c>.
/// <c>rule.type == "file_name"</c>: the first non-empty meta info among filename, title, uri, location, name must have
/// <c>rule.file_name</c> as its base name or end with it. <c>rule.type == "url"</c>: the first non-empty info among the meta
/// url/URI/location/title/filename and Stream 0's Codec/Type/Language must contain or end with <c>rule.url</c>, equal the
/// URL's file name, or be a URL on the same host whose path contains the expected path. Other types score 0.
/// </summary>
public sealed class IsVlcPlayingMetric : IMetric
{
    private static readonly (string Category, string Info)[] FileInfos =
        [("meta", "filename"), ("meta", "title"), ("meta", "uri"), ("meta", "location"), ("meta", "name")];

    private static readonly (string Category, string Info)[] UrlInfos =
    [
        ("meta", "url"), ("meta", "URI"), ("meta", "location"), ("meta", "title"), ("meta", "filename"),
        ("Stream 0", "Codec"), ("Stream 0", "Type"), ("Stream 0", "Language"),
    ];

    public string Name => "is_vlc_playing";

    public ValueTask<double> EvaluateAsync(MetricCall call, CancellationToken cancellationToken)
    {
        call.RejectUnknownOptions(Name);
        var rule = call.RequireExpected(Name);
        if (!PythonValues.IsTruthy(call.Result))
        {
            return ValueTask.FromResult(0.0);
        }

        var status = XDocument.Parse(File.ReadAllText(PythonIndexing.AsPath(call.Result))).Root
            ?? throw new InvalidDataException($"{Name}: the status file is empty");
        if (status.Element("state")?.Value != "playing")
        {
            return ValueTask.FromResult(0.0);
        }

        var matched = PythonValues.AsString(PythonIndexing.GetItem(rule, "type")) switch
        {
            "file_name" => MatchesFileName(FirstInfo(status, FileInfos), PythonFormatting.Str(PythonIndexing.GetItem(rule, "file_name"))),
            "url" => MatchesUrl(FirstInfo(status, UrlInfos), PythonFormatting.Str(PythonIndexing.GetItem(rule, "url"))),
            _ => false,
        };
        return ValueTask.FromResult(matched ? 1.0 : 0.0);
    }

    private static string? FirstInfo(XElement status, IEnumerable<(string Category, string Info)> paths) =>
        paths.Select(path => status.Element("information")?.Elements("category")
                .FirstOrDefault(c => (string?)c.Attribute("name") == path.Category)?.Elements("info")
                .FirstOrDefault(i => (string?)i.Attribute("name") == path.Info)?.Value)
            .FirstOrDefault(text => !string.IsNullOrEmpty(text));

    private static bool MatchesFileName(string? info, string expected) =>
        info is not null && (BaseName(info) == expected || info.EndsWith(expected, StringComparison.Ordinal));

    private static bool MatchesUrl(string? info, string expected)
    {
        if (info is null)
        {
            return false;
        }

        if (info.Contains(expected, StringComparison.Ordinal))
        {
            return true;
        }

        if (!Uri.TryCreate(expected, UriKind.Absolute, out var expectedUri))
        {
            return false;
        }

        if (info == BaseName(expectedUri.AbsolutePath))
        {
            return true;
        }

        return info.Contains("://", StringComparison.Ordinal)
            && Uri.TryCreate(info, UriKind.Absolute, out var actualUri)
            && expectedUri.Authority == actualUri.Authority
            && actualUri.AbsolutePath.Contains(expectedUri.AbsolutePath, StringComparison.Ordinal);
    }

    /// <summary>Python's <c>os.path.basename</c> (POSIX): the text after the last <c>/</c>.</summary>
    private static string BaseName(string path) => path[(path.LastIndexOf('/') + 1)..];
}
