using System;
using System.IO;

namespace ToneCheck.Input;

/// <summary>How a file's text is extracted.</summary>
internal enum FileKind
{
    Unknown,
    Markdown,
    PlainText,
    Resx,
    Html,
    Razor,
    Mustache,
    Liquid,
    Scriban,
}

internal static class FileKinds
{
    /// <summary>The kind a file name implies, or <see cref="FileKind.Unknown"/> for files not checked by default.</summary>
    public static FileKind FromPath(string path)
    {
        var ext = Path.GetExtension(path);
        return ext.ToLowerInvariant() switch
        {
            ".md" or ".markdown" or ".mdx" => FileKind.Markdown,
            ".txt" => FileKind.PlainText,
            ".resx" or ".resw" => FileKind.Resx,
            ".html" or ".htm" => FileKind.Html,
            ".cshtml" or ".razor" => FileKind.Razor,
            ".hbs" or ".handlebars" or ".mustache" => FileKind.Mustache,
            ".liquid" => FileKind.Liquid,
            ".sbn" or ".scriban" or ".sbnhtml" => FileKind.Scriban,
            _ => FileKind.Unknown,
        };
    }

    /// <summary>Reads a --stdin-kind value: a kind name or an extension ("md", ".resx", "html").</summary>
    public static bool TryParse(string? value, out FileKind kind)
    {
        kind = FileKind.Unknown;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        var v = value.Trim().TrimStart('.').ToLowerInvariant();
        kind = v switch
        {
            "markdown" => FileKind.Markdown,
            "text" or "plain" => FileKind.PlainText,
            "template" => FileKind.Html,
            _ => FromPath("x." + v),
        };
        return kind != FileKind.Unknown;
    }

    public static bool IsMarkup(FileKind kind) =>
        kind is FileKind.Html or FileKind.Razor or FileKind.Mustache or FileKind.Liquid or FileKind.Scriban;

    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Markdown => "markdown",
        FileKind.PlainText => "text",
        FileKind.Resx => "resx",
        FileKind.Html => "html",
        FileKind.Razor => "razor",
        FileKind.Mustache => "mustache",
        FileKind.Liquid => "liquid",
        FileKind.Scriban => "scriban",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
