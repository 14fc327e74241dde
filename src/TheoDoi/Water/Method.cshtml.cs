using Microsoft.AspNetCore.Mvc.RazorPages;

namespace TheoDoi.Water;

/// <summary>How the index and the levels are computed (Decision 1460 §3 asks for a link to it next to every published index).</summary>
public sealed class Method : PageModel
{
    public void OnGet()
    {
    }
}
