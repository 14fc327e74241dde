using Microsoft.AspNetCore.Mvc.ModelBinding;
using TheoDoi.Core.Numbers;
using TheoDoi.Core.Texts;

namespace TheoDoi.Shared;

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

    /// <summary>
    /// Binds one form value with the one parser for its kind: blank is no value, a value the parser
    /// refuses is a refusal (<see cref="Of"/>), never a silently empty field.
    /// </summary>
    internal static Task BindAsync(ModelBindingContext binding, Func<string?, (object? Value, Bilingual? Error)> parse)
    {
        var value = binding.ValueProvider.GetValue(binding.ModelName);
        if (value == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        binding.ModelState.SetModelValue(binding.ModelName, value);
        var (parsed, error) = parse(value.FirstValue);
        if (error is not null)
        {
            Add(binding, error);
            binding.Result = ModelBindingResult.Failed();
        }
        else if (parsed is not null || Nullable.GetUnderlyingType(binding.ModelType) is not null)
        {
            binding.Result = ModelBindingResult.Success(parsed);
        }

        return Task.CompletedTask;
    }

    /// <summary>The refusal of the posted form, or null when every date and number was read.</summary>
    public static UseCaseResult? Of(HttpContext context)
    {
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
        var asDouble = (Nullable.GetUnderlyingType(bindingContext.ModelType) ?? bindingContext.ModelType) == typeof(double);
        return FormRefusals.BindAsync(bindingContext, text => NumberText.Parse(text, NumberKind.Decimal) switch
        {
            { Ok: false } refused => (null, refused.Error),
            { Value: { } number } => (asDouble ? (double)number : number, null),
            _ => (null, null),
        });
    }
}
