using System.Text;

namespace Deskbench.Evaluators.Documents.Audio;

/// <summary>
/// The ID3v2 (2.2, 2.3, 2.4) text frames of an MP3 under mutagen's EasyID3 keys (title, artist, album, albumartist,
/// date, genre, tracknumber, composer …), each a list of values. A file without an ID3v2 header throws, as EasyID3 does.
/// </summary>
internal static class Id3Tags
{
    private static readonly Dictionary<string, string> EasyKeys = new(StringComparer.Ordinal)
    {
        ["TIT2"] = "title", ["TT2"] = "title", ["TPE1"] = "artist", ["TP1"] = "artist", ["TALB"] = "album", ["TAL"] = "album",
        ["TPE2"] = "albumartist", ["TP2"] = "albumartist", ["TDRC"] = "date", ["TYER"] = "date", ["TYE"] = "date",
        ["TCON"] = "genre", ["TCO"] = "genre", ["TRCK"] = "tracknumber", ["TRK"] = "tracknumber", ["TCOM"] = "composer",
        ["TCM"] = "composer", ["TPOS"] = "discnumber", ["TLEN"] = "length", ["TCOP"] = "copyright", ["TENC"] = "encodedby",
        ["TEXT"] = "lyricist", ["TLAN"] = "language", ["TBPM"] = "bpm", ["TPUB"] = "organization", ["TIT3"] = "version",
        ["TIT1"] = "grouping", ["TPE3"] = "conductor", ["TSRC"] = "isrc", ["TMED"] = "media", ["TSOA"] = "albumsort",
        ["TSOP"] = "artistsort", ["TSOT"] = "titlesort",
    };

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Read(string metric, string path)
    {
        byte[] data;
        try
        {
            data = File.ReadAllBytes(path);
        }
        catch (IOException ex)
        {
            throw new DocumentReadException(metric, path, ex.Message, ex);
        }

        if (data.Length < 10 || data[0] != 'I' || data[1] != 'D' || data[2] != '3')
        {
            throw new DocumentReadException(metric, path, "the file has no ID3v2 tag (mutagen: ID3NoHeaderError)");
        }

        var version = data[3];
        var end = Math.Min(data.Length, 10 + SyncSafe(data, 6));
        var position = 10;
        if ((data[5] & 0x40) != 0 && version >= 3)
        {
            position += version == 4 ? SyncSafe(data, 10) : BigEndian(data, 10, 4) + 4;
        }

        var tags = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var idLength = version == 2 ? 3 : 4;
        var headerLength = version == 2 ? 6 : 10;
        while (position + headerLength <= end && data[position] != 0)
        {
            var id = Encoding.ASCII.GetString(data, position, idLength);
            var size = version switch
            {
                2 => BigEndian(data, position + 3, 3),
                4 => SyncSafe(data, position + 4),
                _ => BigEndian(data, position + 4, 4),
            };
            var body = position + headerLength;
            if (size <= 0 || body + size > end)
            {
                break;
            }

            if (id[0] == 'T' && id != "TXXX" && EasyKeys.TryGetValue(id, out var key))
            {
                tags[key] = DecodeText(data.AsSpan(body, size));
            }

            position = body + size;
        }

        return tags;
    }

    private static List<string> DecodeText(ReadOnlySpan<byte> frame)
    {
        if (frame.Length == 0)
        {
            return [];
        }

        var encoding = frame[0] switch
        {
            1 => Encoding.Unicode,
            2 => Encoding.BigEndianUnicode,
            3 => Encoding.UTF8,
            _ => Encoding.Latin1,
        };
        var bytes = frame[1..];
        if (frame[0] == 1 && bytes.Length >= 2)
        {
            encoding = bytes[0] == 0xFE && bytes[1] == 0xFF ? Encoding.BigEndianUnicode : Encoding.Unicode;
        }

        var text = encoding.GetString(bytes).TrimStart('\uFEFF').TrimEnd('\0');
        return [.. text.Split('\0').Select(v => v.TrimStart('\uFEFF'))];
    }

    private static int SyncSafe(byte[] data, int offset) =>
        ((data[offset] & 0x7F) << 21) | ((data[offset + 1] & 0x7F) << 14) | ((data[offset + 2] & 0x7F) << 7) | (data[offset + 3] & 0x7F);

    private static int BigEndian(byte[] data, int offset, int length)
    {
        var value = 0;
        for (var i = 0; i < length; i++)
        {
            value = (value << 8) | data[offset + i];
        }

        return value;
    }
}
