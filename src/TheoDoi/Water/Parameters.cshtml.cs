using Microsoft.AspNetCore.Mvc.RazorPages;

namespace TheoDoi.Water;

/// <summary>
/// The definition of every parameter TheoDoi records, one row each: the page WaterML exports point at for
/// <c>om:observedProperty</c> (<c>/water/parameters#CODE</c>, <see cref="WaterMlVocabulary.Parameter"/>), so a
/// partner can resolve what a series measures, in which unit and UCUM code.
/// </summary>
public sealed class Parameters : PageModel
{
    public void OnGet()
    {
    }
}
