using System.Text.RegularExpressions;
using TheoDoi.Shared;

namespace TheoDoi.Tests.Web;

/// <summary>The English switch must translate every text a page asks for, so nothing stays half Vietnamese.</summary>
public sealed partial class TranslationTests
{
    [Fact]
    public void Every_interface_text_used_by_a_page_has_an_English_translation()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "TheoDoi.sln")))
        {
            root = root.Parent;
        }

        Assert.NotNull(root);
        var pages = Directory.EnumerateFiles(Path.Combine(root.FullName, "src", "TheoDoi"), "*.cshtml", SearchOption.AllDirectories).ToList();
        var used = pages.SelectMany(file => TextKey().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value)).ToHashSet();
        var known = new Texts().Keys.ToHashSet();

        Assert.True(used.Count > 100, $"found only {used.Count} texts in {pages.Count} pages");
        Assert.Empty(used.Where(key => !known.Contains(key)).Order());
    }

    [GeneratedRegex("""T\["([^"]+)"\]""")]
    private static partial Regex TextKey();
}
