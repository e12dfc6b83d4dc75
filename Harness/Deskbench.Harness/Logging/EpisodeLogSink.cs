using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Deskbench.Harness.Logging;

/// <summary>
/// One episode's structured log: a JSON-lines file (<c>episode.log.jsonl</c> in the task's results folder), one object per
/// event — <c>time</c>, <c>level</c>, <c>category</c>, <c>attempt</c>, <c>message</c>, the template's named values under
/// <c>values</c>, and <c>exception</c> when there is one. Each line is flushed as it is written, so a killed run keeps
/// what was logged up to then; events that arrive after disposal (a process drainer outliving its episode) are dropped.
/// </summary>
public sealed class EpisodeLogSink : IDisposable
{
    /// <summary>The file name inside a task's results folder.</summary>
    public const string FileName = "episode.log.jsonl";

    private readonly Lock _gate = new();
    private readonly int _attempt;
    private readonly TimeProvider _timeProvider;
    private StreamWriter? _writer;

    private EpisodeLogSink(StreamWriter writer, int attempt, TimeProvider timeProvider)
    {
        _writer = writer;
        _attempt = attempt;
        _timeProvider = timeProvider;
    }

    /// <summary>Opens (appends to) the log file at <paramref name="path"/> for attempt <paramref name="attempt"/>.</summary>
    public static EpisodeLogSink Open(string path, int attempt, TimeProvider timeProvider)
    {
        var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read);
        return new EpisodeLogSink(new StreamWriter(stream, new UTF8Encoding(false)) { AutoFlush = true }, attempt, timeProvider);
    }

    /// <summary>Appends one event.</summary>
    public void Write(LogLevel level, string category, EventId eventId, string message, IReadOnlyList<KeyValuePair<string, object?>>? values, Exception? exception)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("time", _timeProvider.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("level", level.ToString());
            json.WriteString("category", category);
            json.WriteNumber("attempt", _attempt);
            if (eventId.Id != 0 || eventId.Name is not null)
            {
                json.WriteString("event", eventId.Name ?? eventId.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            json.WriteString("message", message);
            WriteValues(json, values);
            if (exception is not null)
            {
                json.WriteString("exception", exception.ToString());
            }

            json.WriteEndObject();
        }

        var line = Encoding.UTF8.GetString(buffer.WrittenSpan);
        lock (_gate)
        {
            try
            {
                _writer?.WriteLine(line);
            }
            catch (IOException)
            {
                // A full disk must not end the episode; the result files are what counts.
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _writer?.Dispose();
            _writer = null;
        }
    }

    private static void WriteValues(Utf8JsonWriter json, IReadOnlyList<KeyValuePair<string, object?>>? values)
    {
        if (values is null || values.Count == 0)
        {
            return;
        }

        json.WriteStartObject("values");
        foreach (var (key, value) in values)
        {
            if (key == "{OriginalFormat}")
            {
                continue;
            }

            switch (value)
            {
                case null: json.WriteNull(key); break;
                case bool flag: json.WriteBoolean(key, flag); break;
                case int or long or short or byte: json.WriteNumber(key, Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)); break;
                case double real when double.IsFinite(real): json.WriteNumber(key, real); break;
                case float single when float.IsFinite(single): json.WriteNumber(key, single); break;
                case decimal money: json.WriteNumber(key, money); break;
                default: json.WriteString(key, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)); break;
            }
        }

        json.WriteEndObject();
    }
}
