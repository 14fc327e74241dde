using Microsoft.AspNetCore.Mvc.ModelBinding;
using TheoDoi.Core.Numbers;
using TheoDoi.Core.Texts;

namespace TheoDoi.Web;

/// <summary>
/// What a page's binders could not read (a date, a number), in both languages, so that the handler
/// refuses the whole form with the reasons instead of saving it with the field left empty.
/// </summary>
public static class FormRefusals
{
    private const string Key = "theodoi.form-refusals";

    internal static void Add(ModelBindingContext binding, Bilingual reason)
    {
        binding.ModelState.TryAddModelError(binding.ModelName, reason.Pick());
        var items = binding.HttpContext.Items;
        if (items[Key] is not List<Bilingual> list)
        {
            items[Key] = list = [];
        }

        if (!list.Contains(reason))
        {
            list.Add(reason);
        }
    }

    /// <summary>The refusal of the posted form, or null when every date and number was read.</summary>
    public static UseCaseResult? Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Items[Key] is List<Bilingual> { Count: > 0 } list ? UseCaseResult.Invalid([.. list]) : null;
    }
}

/// <summary>
/// Numbers typed into page forms, read by the one parser (<see cref="NumberText"/>): "97,5" and
/// "97.5" are 97.5 whatever the page's language — MVC's own binding would read "97.5" as 975 on a
/// Vietnamese page, where the dot groups thousands. "1.730" is refused as ambiguous, with why.
/// </summary>
public sealed class FormNumberBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        ArgumentNullException.ThrowIfNull(bindingContext);
        var value = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (value == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, value);
        var parsed = NumberText.Parse(value.FirstValue, NumberKind.Decimal);
        var type = Nullable.GetUnderlyingType(bindingContext.ModelType) ?? bindingContext.ModelType;
        if (!parsed.Ok)
        {
            FormRefusals.Add(bindingContext, parsed.Error!);
            bindingContext.Result = ModelBindingResult.Failed();
        }
        else if (parsed.Value is { } number)
        {
            bindingContext.Result = ModelBindingResult.Success(type == typeof(double) ? (double)number : number);
        }
        else if (Nullable.GetUnderlyingType(bindingContext.ModelType) is not null)
        {
            bindingContext.Result = ModelBindingResult.Success(null);
        }

        return Task.CompletedTask;
    }
}
