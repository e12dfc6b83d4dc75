using System.Text;

namespace Deskbench.Testing.GoogleDrive;

/// <summary>Splits a <c>multipart/related</c> body (Drive's multipart upload: JSON metadata, then the media) into part bodies.</summary>
public static class FakeMultipartRelated
{
    public static IReadOnlyList<byte[]> Split(byte[] body, string contentType)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(contentType);
        if (!contentType.StartsWith("multipart/related", StringComparison.OrdinalIgnoreCase))
        {
            throw new FormatException($"expected multipart/related, got {contentType}");
        }

        var boundary = contentType.Split(';').Select(p => p.Trim())
            .FirstOrDefault(p => p.StartsWith("boundary=", StringComparison.OrdinalIgnoreCase))?["boundary=".Length..].Trim('"')
            ?? throw new FormatException("multipart/related without a boundary");
        var delimiter = Encoding.ASCII.GetBytes("--" + boundary);
        var parts = new List<byte[]>();
        var index = IndexOf(body, delimiter, 0);
        while (index >= 0)
        {
            var start = index + delimiter.Length;
            if (start + 1 < body.Length && body[start] == '-' && body[start + 1] == '-')
            {
                break;
            }

            var next = IndexOf(body, delimiter, start);
            if (next < 0)
            {
                throw new FormatException("multipart/related without a closing boundary");
            }

            var headersEnd = IndexOf(body, "\r\n\r\n"u8.ToArray(), start);
            if (headersEnd < 0 || headersEnd > next)
            {
                throw new FormatException("a part without headers");
            }

            var contentStart = headersEnd + 4;
            var contentEnd = next - 2; // the CRLF before the delimiter
            parts.Add(body[contentStart..Math.Max(contentStart, contentEnd)]);
            index = next;
        }

        return parts;
    }

    private static int IndexOf(byte[] haystack, byte[] needle, int from)
    {
        var found = haystack.AsSpan(from).IndexOf(needle);
        return found < 0 ? -1 : from + found;
    }
}
