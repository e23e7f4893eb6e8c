using System.Security.Cryptography;
using System.Text;
using OverGrenzen.Model.Exercises;

namespace OverGrenzen.Theme;

/// <summary>Stable facts about a casus that the browser needs: a version stamp.</summary>
public static class ExerciseFacts
{
    /// <summary>
    /// Changes whenever a question, option or item changes, so that answers stored for an older
    /// version of a casus are recognised as such instead of being applied to different questions.
    /// </summary>
    public static string Version(Casus casus)
    {
        var text = new StringBuilder();
        foreach (var question in casus.Questions)
        {
            text.Append(question.Id).Append('|').Append(question.Kind).Append('|');
            foreach (var option in question.Options)
                text.Append(option.Text).Append(option.Correct).Append('|');
            foreach (var item in question.Items)
                text.Append(item.Text).Append(item.Category).Append('|');
            text.Append('\n');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..12];
    }
}
