using System.Text.Json.Nodes;
using Deskbench.Evaluators.Documents.Metrics;

namespace Deskbench.Evaluators.Documents.Tests.Audio;

public sealed class CheckMp3MetaMetricTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("deskbench-mp3-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData("3")]
    [InlineData("4")]
    public async Task Title_and_artist_tags_written_by_ffmpeg_are_matched(string version)
    {
        if (DesktopTier.MissingCommands("ffmpeg").Count > 0)
        {
            Console.Error.WriteLine("mp3 fixture skipped: ffmpeg is not installed");
            Assert.Skip("mp3 fixture skipped: ffmpeg is not installed");
        }

        var path = Path.Combine(folder, $"song{version}.mp3");
        var result = await Tool.RunAsync("ffmpeg", ["-y", "-loglevel", "error", "-f", "lavfi", "-i", "anullsrc=r=8000:cl=mono", "-t", "0.3", "-c:a", "libmp3lame",
            "-id3v2_version", version, "-metadata", "title=Missing You", "-metadata", "artist=Cheng Xiang", path], cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(result.Succeeded, result.StandardError);
        var metric = new CheckMp3MetaMetric();
        var good = JsonNode.Parse("""{"title": {"method": "eq", "ref": "Missing You"}, "artist": {"method": "eq", "ref": "Cheng Xiang"}}""");
        var wrong = JsonNode.Parse("""{"title": {"method": "eq", "ref": "Missing You"}, "artist": {"method": "eq", "ref": "Someone Else"}}""");
        var absent = JsonNode.Parse("""{"album": {"method": "eq", "ref": ""}}""");
        Assert.Equal(1.0, await metric.EvaluateAsync(MetricCall.Of(path, good), TestContext.Current.CancellationToken));
        Assert.Equal(0.0, await metric.EvaluateAsync(MetricCall.Of(path, wrong), TestContext.Current.CancellationToken));
        Assert.Equal(1.0, await metric.EvaluateAsync(MetricCall.Of(path, absent), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_file_without_an_id3_tag_is_an_error_naming_it()
    {
        var path = Path.Combine(folder, "plain.mp3");
        await File.WriteAllBytesAsync(path, new byte[64], TestContext.Current.CancellationToken);
        var error = await Assert.ThrowsAsync<DocumentReadException>(async () =>
            await new CheckMp3MetaMetric().EvaluateAsync(MetricCall.Of(path, JsonNode.Parse("{}")), TestContext.Current.CancellationToken));
        Assert.Contains("plain.mp3", error.Message, StringComparison.Ordinal);
        Assert.Contains("check_mp3_meta", error.Message, StringComparison.Ordinal);
    }
}
