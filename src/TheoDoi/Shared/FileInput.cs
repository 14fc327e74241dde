using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace TheoDoi.Shared;

/// <summary>
/// Every <c>&lt;input type="file"&gt;</c> of a page speaks the page's language (issue 11, item 8): the
/// browser draws its own button and "No file chosen" in the browser's locale, whatever the page's
/// language. The real input stays where it was — same name, accept, required, form — but transparent,
/// laid over a label drawn as a button ("Chọn tệp…") and a span with the chosen file's name
/// ("Chưa chọn tệp" until then), so a click, the keyboard (Tab, then Space), the page's own
/// validation message (forms.js) and the uploads (busy.js, water-import.js) work as before.
/// <c>wwwroot/js/file-field.js</c> writes the chosen name; without script the span keeps its text.
/// </summary>
[HtmlTargetElement("input", Attributes = "[type=file]")]
public sealed class FileInputTagHelper(Texts texts) : TagHelper
{
    // Runs after the built-in input tag helper, whatever it wrote.
    public override int Order => 1000;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var id = output.Attributes.TryGetAttribute("id", out var given) ? given.Value?.ToString() : null;
        if (string.IsNullOrEmpty(id))
        {
            id = "file-" + context.UniqueId;
            output.Attributes.SetAttribute("id", id);
        }

        var none = texts["Chưa chọn tệp"];
        output.AddClass("file-input", HtmlEncoder.Default);
        output.Attributes.SetAttribute("aria-describedby", id + "-name");
        output.PreElement.AppendHtml("<span class=\"file-field\">");
        output.PostElement.AppendHtml(new HtmlContentBuilder()
            .AppendHtml("<label class=\"file-button\" for=\"").Append(id).AppendHtml("\">").Append(texts["Chọn tệp…"]).AppendHtml("</label>")
            .AppendHtml("<span class=\"file-name\" id=\"").Append(id + "-name").AppendHtml("\" data-none=\"").Append(none).AppendHtml("\">")
            .Append(none).AppendHtml("</span></span>"));
    }
}
