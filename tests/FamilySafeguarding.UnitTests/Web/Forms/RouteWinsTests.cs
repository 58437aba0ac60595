using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace FamilySafeguarding.UnitTests.Web.Forms;

/// <summary>
/// The route wins (ADR-020): an id or parent id in a POST's path is never bound from the body. MVC reads the route before
/// the form, but a form model's property of the same name would still bind from a body field such as "form.FamilyId",
/// so no form model a POST action binds may have one unless it is [BindNever] (and filled from the route). The same
/// goes for the route values every action has ("action", "controller"): a property of that name binds from the form only.
/// </summary>
public sealed partial class RouteWinsTests
{
    private static readonly string[] AmbientRouteValues = ["action", "controller"];

    [Fact]
    public void EveryPostAction_BindsNoFormPropertyNamedLikeARouteValue()
    {
        var actions = PostActions().ToList();
        Assert.True(actions.Count >= 40, $"Only {actions.Count} POST actions found");

        var clashes = (
            from a in actions
            from parameter in a.Method.GetParameters().Where(IsBoundFormModel)
            from property in parameter.ParameterType.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true })
            where Clashes(property, a.RouteParameters)
            select $"{a.Method.DeclaringType!.Name}.{a.Method.Name} ({a.Template}): {parameter.ParameterType.Name}.{property.Name}").ToList();

        Assert.True(clashes.Count == 0, "Mark these [BindNever] and fill them from the route (a property named action or controller: [FromForm]): " + string.Join("; ", clashes));
    }

    [Fact]
    public void TheCheck_FindsAPropertyNamedLikeARouteParameter()
    {
        var property = typeof(ClashingForm).GetProperty(nameof(ClashingForm.FamilyId))!;

        Assert.True(Clashes(property, ["familyId"]));
        Assert.False(Clashes(typeof(ClashingForm).GetProperty(nameof(ClashingForm.TeamId))!, ["familyId"]));
        Assert.False(Clashes(typeof(ClashingForm).GetProperty(nameof(ClashingForm.Shown))!, ["shown"]));
        Assert.True(Clashes(typeof(ClashingForm).GetProperty(nameof(ClashingForm.Action))!, []));
    }

    private static bool Clashes(PropertyInfo property, IReadOnlyCollection<string> routeParameters)
    {
        if (property.GetCustomAttribute<BindNeverAttribute>() is not null)
        {
            return false;
        }

        if (routeParameters.Contains(property.Name, StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }

        return AmbientRouteValues.Contains(property.Name, StringComparer.OrdinalIgnoreCase) && property.GetCustomAttribute<FromFormAttribute>() is null;
    }

    /// <summary>A parameter bound from the request as a whole (a form model), not a route value, a service or the token.</summary>
    private static bool IsBoundFormModel(ParameterInfo parameter) =>
        parameter.GetCustomAttribute<FromServicesAttribute>() is null
        && parameter.ParameterType.IsClass
        && parameter.ParameterType != typeof(string);

    private static IEnumerable<(MethodInfo Method, string Template, string[] RouteParameters)> PostActions() =>
        from type in typeof(Program).Assembly.GetTypes()
        where typeof(Controller).IsAssignableFrom(type) && !type.IsAbstract
        from method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
        let post = method.GetCustomAttribute<HttpPostAttribute>()
        where post is not null
        let template = (type.GetCustomAttribute<RouteAttribute>()?.Template is { } prefix && !(post.Template ?? string.Empty).StartsWith('/') ? prefix + "/" : string.Empty) + post.Template
        select (method, template, RouteParameter().Matches(template).Select(m => m.Groups[1].Value).ToArray());

    [GeneratedRegex(@"\{(\w+)")]
    private static partial Regex RouteParameter();

    private sealed class ClashingForm
    {
        public Guid FamilyId { get; set; }

        public Guid TeamId { get; set; }

        [BindNever]
        public bool Shown { get; set; }

        public string? Action { get; set; }
    }
}
