using System.Xml;
using System.Xml.Schema;

namespace TheoDoi.Tests.Water.WaterMl;

/// <summary>The validator the export tests rely on really validates, offline: a broken document fails.</summary>
public sealed class WaterMlSchemaTests
{
    private const string Minimal = """
        <?xml version="1.0" encoding="utf-8"?>
        <wml2:Collection xmlns:wml2="http://www.opengis.net/waterml/2.0" xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:xlink="http://www.w3.org/1999/xlink" gml:id="C.x">
          <wml2:metadata><wml2:DocumentMetadata gml:id="DM.x"><wml2:generationDate>2026-01-01T00:00:00+07:00</wml2:generationDate></wml2:DocumentMetadata></wml2:metadata>
        </wml2:Collection>
        """;

    [Fact]
    public void A_minimal_collection_is_valid() => Assert.Empty(WaterMlSchema.Errors(Minimal.Trim()));

    [Theory]
    [InlineData("<wml2:generationDate>2026-01-01T00:00:00+07:00</wml2:generationDate>", "", "generationDate")] // required element missing
    [InlineData("<wml2:generationDate>2026-01-01T00:00:00+07:00</wml2:generationDate>", "<wml2:generationDate>yesterday</wml2:generationDate>", "generationDate")] // not a dateTime
    [InlineData("gml:id=\"DM.x\"", "gml:id=\"1x\"", "id")] // not an NCName
    [InlineData("gml:id=\"DM.x\"", "gml:id=\"C.x\"", "C.x")] // duplicate gml:id
    [InlineData("</wml2:metadata>", "</wml2:metadata><wml2:observationMember><wml2:nonsense/></wml2:observationMember>", "nonsense")] // unknown element
    public void A_broken_document_fails_with_a_reason(string find, string replace, string mentioned)
    {
        var errors = WaterMlSchema.Errors(Minimal.Trim().Replace(find, replace, StringComparison.Ordinal));

        Assert.Contains(errors, e => e.Contains(mentioned, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("http://schemas.opengis.net/waterml/2.0/waterml2.xsd", "ogc/waterml/2.0/waterml2.xsd")]
    [InlineData("http://schemas.opengis.net/gml/3.2.1/gml.xsd", "ogc/gml/3.2.1/gml.xsd")]
    [InlineData("http://www.w3.org/1999/xlink.xsd", "w3/xlink.xsd")]
    [InlineData("http://www.w3.org/2001/xml.xsd", "w3/xml.xsd")]
    public void Published_schema_addresses_resolve_to_the_local_copy(string published, string local)
    {
        var resolved = new WaterMlSchema.OfflineResolver().ResolveUri(null, published);

        Assert.Equal(Path.GetFullPath(Path.Combine(WaterMlSchema.Root, local)), resolved.LocalPath);
        Assert.True(File.Exists(resolved.LocalPath));
    }

    [Fact]
    public void Any_other_address_is_refused_rather_than_fetched()
    {
        var resolver = new WaterMlSchema.OfflineResolver();

        Assert.Throws<XmlSchemaException>(() => resolver.GetEntity(new Uri("http://example.org/other.xsd"), null, typeof(Stream)));
        Assert.Throws<XmlSchemaException>(() => resolver.GetEntity(new Uri(Path.GetFullPath("/etc/hostname")), null, typeof(Stream)));
    }

    [Fact]
    public void The_schema_copy_keeps_its_notice_and_every_imported_file()
    {
        Assert.Contains("Open Geospatial Consortium", File.ReadAllText(Path.Combine(WaterMlSchema.Root, "README.md")), StringComparison.Ordinal);
        foreach (var schema in Directory.EnumerateFiles(WaterMlSchema.Root, "*.xsd", SearchOption.AllDirectories))
        {
            var document = new XmlDocument();
            document.Load(schema);
            foreach (XmlElement import in document.SelectNodes("//*[local-name()='import' or local-name()='include']")!)
            {
                var location = import.GetAttribute("schemaLocation");
                Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(schema)!, location)), $"{schema} imports {location}, which is not in the copy");
            }
        }
    }
}
