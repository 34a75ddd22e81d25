using System;
using System.IO;
using System.Text;

namespace ToneCheck.Input;

/// <summary>A decoded input file, with what is needed to write it back byte for byte (encoding and BOM).</summary>
internal sealed class SourceDocument
{
    public SourceDocument(string text, Encoding encoding, byte[] preamble)
    {
        Text = text;
        Encoding = encoding;
        Preamble = preamble;
    }

    /// <summary>The text without its byte-order mark.</summary>
    public string Text { get; }

    /// <summary>The encoding the file was read with (UTF-8 without BOM emission, or UTF-16).</summary>
    public Encoding Encoding { get; }

    /// <summary>The BOM bytes found at the start of the file (empty when none).</summary>
    public byte[] Preamble { get; }

    public byte[] Encode(string text)
    {
        var body = Encoding.GetBytes(text);
        if (Preamble.Length == 0)
        {
            return body;
        }

        var bytes = new byte[Preamble.Length + body.Length];
        Preamble.CopyTo(bytes, 0);
        body.CopyTo(bytes, Preamble.Length);
        return bytes;
    }
}

/// <summary>Reads input files strictly: size limit, binary detection, UTF-8 (or UTF-16 with a BOM) validation.</summary>
internal static class SourceReader
{
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding s_utf16Le = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding s_utf16Be = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    // The bytes of the file being read, reused by each thread from file to file: only the decoded text is kept.
    [ThreadStatic]
    private static byte[]? t_buffer;

    private const int MaxKeptBuffer = 1 << 20;

    /// <summary>Reads a file; on failure returns null and a reason a support lead understands.</summary>
    public static SourceDocument? Read(string fullPath, long maxBytes, Func<string, byte[]>? readAllBytes, out string? error)
    {
        if (readAllBytes is not null)
        {
            byte[] all;
            try
            {
                all = readAllBytes(fullPath);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
            {
                error = ReadError(e);
                return null;
            }

            if (all.Length > maxBytes)
            {
                error = TooLarge(all.Length, maxBytes);
                return null;
            }

            return Decode(all, out error);
        }

        byte[] buffer;
        int length;
        try
        {
            using var handle = File.OpenHandle(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            var size = RandomAccess.GetLength(handle);
            if (size > maxBytes)
            {
                error = TooLarge(size, maxBytes);
                return null;
            }

            buffer = t_buffer ?? new byte[64 * 1024];
            if (buffer.Length < size + 1)
            {
                buffer = new byte[Math.Max(size + 1, buffer.Length * 2L)];
            }

            // Read to the end (the file may have grown since its length was taken); one byte over the limit is enough to refuse it.
            length = 0;
            int read;
            while ((read = RandomAccess.Read(handle, buffer.AsSpan(length), length)) > 0)
            {
                length += read;
                if (length > maxBytes)
                {
                    error = TooLarge(length, maxBytes);
                    return null;
                }

                if (length == buffer.Length)
                {
                    Array.Resize(ref buffer, buffer.Length * 2);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            error = ReadError(e);
            return null;
        }

        t_buffer = buffer.Length <= MaxKeptBuffer ? buffer : null;
        return Decode(buffer.AsSpan(0, length), out error);
    }

    private static string ReadError(Exception e) => e switch
    {
        UnauthorizedAccessException => "permission denied: the file cannot be read",
        FileNotFoundException or DirectoryNotFoundException => "file not found",
        _ => "cannot read the file: " + e.Message,
    };

    public static SourceDocument? Decode(byte[] bytes, out string? error) => Decode(bytes.AsSpan(), out error);

    public static SourceDocument? Decode(ReadOnlySpan<byte> bytes, out string? error)
    {
        error = null;
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return DecodeUtf16(bytes, s_utf16Le, out error);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return DecodeUtf16(bytes, s_utf16Be, out error);
        }

        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        if (bytes[..Math.Min(bytes.Length, 8192)].Contains((byte)0))
        {
            error = "binary file (contains NUL bytes); not checked";
            return null;
        }

        try
        {
            var text = s_strictUtf8.GetString(bytes[start..]);
            if (text.Contains('\0', StringComparison.Ordinal))
            {
                error = "binary file (contains NUL bytes); not checked";
                return null;
            }

            return new SourceDocument(text, s_strictUtf8, start == 3 ? new byte[] { 0xEF, 0xBB, 0xBF } : Array.Empty<byte>());
        }
        catch (DecoderFallbackException e)
        {
            var offset = start + Math.Max(0, e.Index);
            var (line, column) = ToneAnalyzers.Text.TextPosition.OfUtf8Byte(bytes[..Math.Min(bytes.Length, offset)].ToArray(), offset);
            error = $"not valid UTF-8 at line {line}, column {column} (byte {offset}); save the file as UTF-8";
            return null;
        }
    }

    private static SourceDocument? DecodeUtf16(ReadOnlySpan<byte> bytes, Encoding encoding, out string? error)
    {
        try
        {
            error = null;
            return new SourceDocument(encoding.GetString(bytes[2..]), encoding, new[] { bytes[0], bytes[1] });
        }
        catch (DecoderFallbackException)
        {
            error = "not valid UTF-16 although it starts with a UTF-16 byte-order mark";
            return null;
        }
    }

    private static string TooLarge(long length, long maxBytes) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"too large: {length:N0} bytes, over the --max-file-size limit of {maxBytes:N0} bytes; not checked");
}
