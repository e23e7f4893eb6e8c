using OverGrenzen.Diagnostics;
using OverGrenzen.Model.Reference;

namespace OverGrenzen.Loading;

/// <summary>Reads the YAML data files: the bibliography, the glossary, the timeline and the recommendations.</summary>
public sealed class DataLoader(YamlReader yaml)
{
    public DataFiles Load(IEnumerable<ContentFile> files, DiagnosticBag diagnostics)
    {
        var sources = new List<Source>();
        var glossary = new List<GlossaryEntry>();
        var timeline = new List<TimelineEvent>();
        var recommendations = new List<Recommendation>();
        var origin = new Dictionary<object, string>(ReferenceEqualityComparer.Instance);

        foreach (var file in files)
        {
            var path = file.RelativePath;
            if (Path.GetExtension(path) is not (".yml" or ".yaml"))
            {
                diagnostics.Error(DiagnosticCodes.Load.UnknownDataFile, path, 1, 1,
                    "Only YAML files (.yml) belong in content/data/.", "load");
                continue;
            }

            if (Path.GetDirectoryName(path)?.Replace('\\', '/') == ContentLayout.SourcesFolder)
                Read(sources);
            else if (path == ContentLayout.GlossaryFile)
                Read(glossary);
            else if (path == ContentLayout.TimelineFile)
                Read(timeline);
            else if (path == ContentLayout.RecommendationsFile)
                Read(recommendations);
            else
                diagnostics.Error(DiagnosticCodes.Load.UnknownDataFile, path, 1, 1,
                    $"Unknown data file. Expected {ContentLayout.SourcesFolder}/*.yml, {ContentLayout.GlossaryFile}, {ContentLayout.TimelineFile} or {ContentLayout.RecommendationsFile}.", "load");

            void Read<T>(List<T> into) where T : class
            {
                var text = ContentText.Read(file, diagnostics);
                if (text is null)
                    return;
                var items = yaml.Read<List<T>>(text, 1, path, diagnostics);
                if (items is null)
                    return;
                foreach (var item in items)
                    origin[item] = path;
                into.AddRange(items);
            }
        }

        return new DataFiles(sources, glossary, timeline, recommendations) { Files = origin };
    }
}
