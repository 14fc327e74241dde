using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Razor.TagHelpers;
using TheoDoi.Core.Dates;

namespace TheoDoi.Shared;

/// <summary>
/// Dates in pages, day first (issue 11, item 9): a browser's own date field shows the browser's
/// locale (mm/dd/yyyy on an English Chromium), whatever the page's language, so page date fields are
/// text fields read by <see cref="DateText"/>. MVC's own binding would read a query string's
/// "01/03/2026" as 3 January (invariant culture); this binder reads every page's
/// <see cref="DateOnly"/> the Vietnamese way. The APIs keep ISO dates.
/// </summary>
public sealed class FormDateBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext) =>
        FormRefusals.BindAsync(bindingContext, text => DateText.Parse(text) is var parsed && parsed.Ok ? (parsed.Value, null) : (null, parsed.Error));

    public sealed class Provider : IModelBinderProvider
    {
        public IModelBinder? GetBinder(ModelBinderProviderContext context)
        {
            var type = Nullable.GetUnderlyingType(context.Metadata.ModelType) ?? context.Metadata.ModelType;
            return type == typeof(DateOnly) ? new FormDateBinder()
                : type == typeof(decimal) || type == typeof(double) ? new FormNumberBinder()
                : null;
        }
    }
}

/// <summary>
/// Every <c>&lt;input type="date"&gt;</c> of a page becomes a day-first text field: "dd/mm/yyyy" as
/// placeholder, the check of <see cref="DateText"/> as pattern (the title says the form in the
/// page's language, shown by forms.js), and an ISO value written as "01/03/2026".
/// </summary>
[HtmlTargetElement("input", Attributes = "[type=date]")]
public sealed class DateInputTagHelper(Texts texts) : TagHelper
{
    // Runs after the built-in input tag helper, whatever it wrote.
    public override int Order => 1000;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.Attributes.SetAttribute("type", "text");
        output.Attributes.SetAttribute("inputmode", "numeric");
        output.Attributes.SetAttribute("autocomplete", "off");
        output.Attributes.SetAttribute("placeholder", texts["ngày/tháng/năm"]);
        output.Attributes.SetAttribute("pattern", @"\d{1,2}[\/.\-]\d{1,2}[\/.\-]\d{4}|\d{4}-\d{2}-\d{2}");
        output.Attributes.SetAttribute("title", texts["Ngày theo dạng ngày/tháng/năm, ví dụ 10/12/2026."]);
        output.Attributes.SetAttribute("data-date", "");
        if (output.Attributes.TryGetAttribute("value", out var value)
            && value.Value?.ToString() is { Length: 10 } text
            && DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
        {
            output.Attributes.SetAttribute("value", DateText.Format(date));
        }
    }
}
