using System.Text;
using OverGrenzen.Diagnostics;

namespace OverGrenzen.Loading;

/// <summary>Reads a content file as UTF-8 text (a BOM is dropped), refusing empty and oversized files.</summary>
internal static class ContentText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Read(ContentFile file, DiagnosticBag diagnostics)
    {
        var path = file.RelativePath;
        try
        {
            // One open, one exact read and one decode: a large site has thousands of small files.
            using var handle = File.OpenHandle(file.FullPath);
            var length = RandomAccess.GetLength(handle);
            if (length > ContentLayout.MaxFileBytes)
            {
                diagnostics.Error(DiagnosticCodes.Load.FileTooLarge, path, 1, 1,
                    $"The file is {length / 1024} KiB; content files may be at most {ContentLayout.MaxFileBytes / 1024} KiB. Split it into several pages.", "load");
                return null;
            }

            var bytes = new byte[length];
            var read = 0;
            while (read < bytes.Length && RandomAccess.Read(handle, bytes.AsSpan(read), read) is var count and > 0)
                read += count;
            var text = StrictUtf8.GetString(bytes, 0, read);
            if (text.Length > 0 && text[0] == '\uFEFF')
                text = text[1..];
            if (string.IsNullOrWhiteSpace(text))
            {
                diagnostics.Error(DiagnosticCodes.Load.EmptyFile, path, 1, 1,
                    "The file is empty. A page needs front matter with 'title' and 'description'; a data file needs a YAML list.", "load");
                return null;
            }
            return text;
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Error(DiagnosticCodes.Load.UnreadableFile, path, 1, 1, "The file is not valid UTF-8 text. Save it as UTF-8.", "load");
            return null;
        }
        catch (IOException e)
        {
            diagnostics.Error(DiagnosticCodes.Load.UnreadableFile, path, 1, 1, $"The file cannot be read: {e.Message}", "load");
            return null;
        }
    }
}
