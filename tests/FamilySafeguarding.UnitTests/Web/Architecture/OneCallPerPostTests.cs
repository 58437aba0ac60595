using System.Reflection;
using FamilySafeguarding.Application.Access;
using FamilySafeguarding.Application.Events;
using FamilySafeguarding.Web.Features.Families;
using FamilySafeguarding.Web.Infrastructure.Forms;
using Microsoft.AspNetCore.Mvc;

namespace FamilySafeguarding.UnitTests.Web.Architecture;

/// <summary>
/// One gate per write (issue 13), read from the assemblies: a controller's POST makes one application write call (a
/// method of a <c>…Service</c>), which checks access and role itself; it never calls the access rules
/// (<see cref="FamilyAccess"/>, <see cref="ManagementRights"/>) itself; and its other application calls are reads for the
/// form: at most the form's own read that shows it again with what was typed (and is that answer's access check) and,
/// for a form whose rows must be arranged before it can be checked (the supervision record), that arrangement. So no
/// POST checks access before its service does, or calls helper after helper. A form with one submit button per use case
/// (<see cref="UseCasePerButtonAttribute"/>) makes the one write call of the button pressed.
/// </summary>
public sealed class OneCallPerPostTests
{
    private static readonly Assembly Application = typeof(EventService).Assembly;

    [Fact]
    public void EveryPost_MakesOneWriteCall_AndAtMostOneRead()
    {
        var offenders = Posts(typeof(FamiliesController).Assembly)
            .Select(action => (Action: action, Calls: ApplicationCalls.Of(action, Application)))
            .Where(a => Writes(a.Calls).Count > WritesAllowed(a.Action) || Reads(a.Calls).Count > 2 || a.Calls.Any(IsAccessCheck))
            .Select(a => $"{a.Action.DeclaringType!.Name}.{a.Action.Name}: {string.Join(", ", a.Calls.Select(c => $"{c.DeclaringType!.Name}.{c.Name}").Order())}")
            .Distinct()
            .ToList();

        Assert.True(offenders.Count == 0, "POSTs that call more than one application write, or more than one read:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void TheReader_FindsTheCalls_InStateMachinesLambdasAndPrivateHelpers()
    {
        var calls = ApplicationCalls.Of(typeof(Example).GetMethod(nameof(Example.Post))!, Application)
            .Select(c => $"{c.DeclaringType!.Name}.{c.Name}")
            .Order();

        Assert.Equal([$"{nameof(EventQueries)}.{nameof(EventQueries.FormAsync)}", $"{nameof(EventService)}.{nameof(EventService.RecordAsync)}", $"{nameof(EventService)}.{nameof(EventService.UpdateAsync)}"], calls);
    }

    [Fact]
    public void TheWebAssembly_HasThePostsTheRuleIsAbout()
    {
        Assert.True(Posts(typeof(FamiliesController).Assembly).Count() >= 40);
    }

    private static IEnumerable<MethodInfo> Posts(Assembly web) =>
        web.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ControllerBase).IsAssignableFrom(t))
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttributes<HttpPostAttribute>().Any());

    /// <summary>The access rules are the services' to check: a POST that calls them checks before its gate does.</summary>
    private static bool IsAccessCheck(MethodInfo call) =>
        call.DeclaringType == typeof(FamilyAccess) || call.DeclaringType == typeof(ManagementRights);

    /// <summary>One write call, or one per button for a form with a button per use case.</summary>
    private static int WritesAllowed(MethodInfo action) =>
        Math.Max(1, action.GetCustomAttribute<UseCasePerButtonAttribute>()?.Buttons.Count ?? 1);

    private static List<MethodInfo> Writes(IEnumerable<MethodInfo> calls) =>
        [.. calls.Where(c => c.DeclaringType!.Name.EndsWith("Service", StringComparison.Ordinal))];

    private static List<MethodInfo> Reads(IEnumerable<MethodInfo> calls) =>
        [.. calls.Where(c => !c.DeclaringType!.Name.EndsWith("Service", StringComparison.Ordinal))];

    /// <summary>Three calls, one in the state machine, one in an async lambda, one in a private helper: the reader must find all three.</summary>
    private sealed class Example(EventService events, EventQueries queries) : Controller
    {
        public async Task<IActionResult> Post(Guid familyId)
        {
            await events.UpdateAsync(null!, familyId, Guid.Empty, null!, Guid.Empty, default);
            Func<Task> later = async () => await events.RecordAsync(null!, familyId, null!, default);
            await later();
            return await ShowAsync(familyId);
        }

        private async Task<IActionResult> ShowAsync(Guid familyId)
        {
            await queries.FormAsync(null!, familyId, null, default);
            return Ok();
        }
    }
}
