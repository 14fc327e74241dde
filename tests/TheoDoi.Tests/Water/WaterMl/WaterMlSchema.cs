using System.Xml;
using System.Xml.Schema;

namespace TheoDoi.Tests.Water.WaterMl;

/// <summary>
/// Validates a document against the official OGC WaterML 2.0 XSD and every schema it imports, from the copy in
/// TestData/waterml-2.0 (its README has the notice). Never touches the network: every schema location, relative or
/// the published http://schemas.opengis.net/… and http://www.w3.org/… addresses, is mapped to the local copy, and
/// anything else is refused, so a missing schema fails loudly instead of being fetched or skipped.
/// </summary>
public static class WaterMlSchema
{
    public static string Root { get; } = Path.Combine(AppContext.BaseDirectory, "TestData", "waterml-2.0");

    private static readonly Lazy<XmlSchemaSet> s_schemas = new(Load);

    /// <summary>Every validation error and warning, with line and position; empty when the document is valid.</summary>
    public static IReadOnlyList<string> Errors(Stream document)
    {
        var errors = new List<string>();
        var settings = new XmlReaderSettings
        {
            ValidationType = ValidationType.Schema,
            Schemas = s_schemas.Value,
            // Identity constraints include xs:ID uniqueness: two equal gml:id values fail.
            ValidationFlags = XmlSchemaValidationFlags.ReportValidationWarnings | XmlSchemaValidationFlags.ProcessIdentityConstraints | XmlSchemaValidationFlags.AllowXmlAttributes,
            XmlResolver = null,
            DtdProcessing = DtdProcessing.Prohibit,
        };
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity} {e.Exception.LineNumber}:{e.Exception.LinePosition} {e.Message}");
        using var reader = XmlReader.Create(document, settings);
        while (reader.Read())
        {
        }

        return errors;
    }

    public static IReadOnlyList<string> Errors(string document) => Errors(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(document)));

    private static XmlSchemaSet Load()
    {
        var set = new XmlSchemaSet { XmlResolver = new OfflineResolver() };
        var problems = new List<string>();
        set.ValidationEventHandler += (_, e) => problems.Add(e.Message);
        set.Add(WaterMl, Path.Combine(Root, "ogc", "waterml", "2.0", "waterml2.xsd"));
        set.Compile();
        return problems.Count == 0 ? set : throw new InvalidOperationException("The WaterML 2.0 schemas do not compile: " + string.Join("; ", problems));
    }

    private const string WaterMl = "http://www.opengis.net/waterml/2.0";

    /// <summary>Maps published schema addresses to the local copy and refuses every other non-local location.</summary>
    public sealed class OfflineResolver : XmlResolver
    {
        private static readonly (string Prefix, string Folder)[] s_mirrors =
        [
            ("http://schemas.opengis.net/", "ogc/"),
            ("https://schemas.opengis.net/", "ogc/"),
            ("http://www.w3.org/1999/xlink.xsd", "w3/xlink.xsd"),
            ("http://www.w3.org/XML/2008/06/xlink.xsd", "w3/xlink.xsd"),
            ("http://www.w3.org/2001/xml.xsd", "w3/xml.xsd"),
            ("http://www.w3.org/2001/03/xml.xsd", "w3/xml.xsd"),
        ];

        public override Uri ResolveUri(Uri? baseUri, string? relativeUri)
        {
            var text = relativeUri ?? "";
            foreach (var (prefix, folder) in s_mirrors)
            {
                if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                {
                    return new Uri(Path.GetFullPath(Path.Combine(Root, folder + text[prefix.Length..])));
                }
            }

            return base.ResolveUri(baseUri, relativeUri);
        }

        public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
        {
            var root = Path.GetFullPath(Root) + Path.DirectorySeparatorChar;
            if (!absoluteUri.IsFile || !Path.GetFullPath(absoluteUri.LocalPath).StartsWith(root, StringComparison.Ordinal))
            {
                throw new XmlSchemaException($"Refused to fetch {absoluteUri}: WaterML schemas are validated offline from {Root}.");
            }

            return File.OpenRead(absoluteUri.LocalPath);
        }
    }
}
