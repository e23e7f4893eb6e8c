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
            var length = new FileInfo(file.FullPath).Length;
            if (length > ContentLayout.MaxFileBytes)
            {
                diagnostics.Error(DiagnosticCodes.Load.FileTooLarge, path, 1, 1,
                    $"The file is {length / 1024} KiB; content files may be at most {ContentLayout.MaxFileBytes / 1024} KiB. Split it into several pages.", "load");
                return null;
            }

            var text = File.ReadAllText(file.FullPath, StrictUtf8);
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
