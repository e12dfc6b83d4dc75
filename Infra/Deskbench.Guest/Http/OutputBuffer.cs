using System.Text;

namespace Deskbench.Guest.Http;

/// <summary>
/// Collects a child's output stream in the background. The text can be taken at any time, so a command whose background
/// grandchild keeps the pipe open still returns what was written (Python would block until the pipe closes).
/// </summary>
internal sealed class OutputBuffer
{
    private readonly MemoryStream _bytes = new();
    private readonly Task _pump;

    public OutputBuffer(Stream source) => _pump = Task.Run(() => PumpAsync(source));

    /// <summary>Completes when the stream has reached its end.</summary>
    public Task Completion => _pump;

    private async Task PumpAsync(Stream source)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await source.ReadAsync(buffer).ConfigureAwait(false)) > 0)
            {
                lock (_bytes)
                {
                    _bytes.Write(buffer, 0, read);
                }
            }
        }
        catch (IOException)
        {
        }
        catch (ObjectDisposedException)
        {
        }
    }

    /// <summary>The text so far: UTF-8 (invalid bytes replaced) with Python's universal newlines (<c>\r\n</c>, <c>\r</c> → <c>\n</c>).</summary>
    public string Text
    {
        get
        {
            string text;
            lock (_bytes)
            {
                text = Encoding.UTF8.GetString(_bytes.GetBuffer(), 0, (int)_bytes.Length);
            }

            return text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;
        }
    }
}
