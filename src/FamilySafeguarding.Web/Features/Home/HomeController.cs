using Microsoft.AspNetCore.Mvc;

namespace FamilySafeguarding.Web.Features.Home;

public sealed class HomeController : Controller
{
    [HttpGet("/")]
    public IActionResult Index() => View();
}
