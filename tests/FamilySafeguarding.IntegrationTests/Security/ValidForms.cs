using System.Globalization;
using FamilySafeguarding.Domain.Common;
using FamilySafeguarding.Domain.Organisations;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FamilySafeguarding.IntegrationTests.Security;

/// <summary>
/// Forms for each state-changing page, filled in as a browser would post them and valid, so that a refusal is down to who
/// is asking and nothing else. The positive tests prove each of them is accepted from someone who may make the change.
/// </summary>
public static class ValidForms
{
    /// <summary>A day in the test clock's month, before its "today" (16 November 2026).</summary>
    public static readonly DateOnly EarlierThisMonth = new(2026, 11, 2);

    public static Dictionary<string, string> Service(string name, Guid? managerId, Guid? version = null) => new()
    {
        ["Name"] = name,
        ["ServiceManagerId"] = managerId?.ToString() ?? string.Empty,
        ["Version"] = (version ?? Guid.Empty).ToString(),
    };

    public static Dictionary<string, string> Team(string name, string locality, Guid? version = null) => new()
    {
        ["Name"] = name,
        ["Locality"] = locality,
        ["Version"] = (version ?? Guid.Empty).ToString(),
    };

    public static Dictionary<string, string> AddMember(Guid personId, DateOnly startDate) =>
        Date(new() { ["PersonId"] = personId.ToString() }, "StartDate", startDate);

    public static Dictionary<string, string> EndMembership(DateOnly endDate) => Date([], "EndDate", endDate);

    public static Dictionary<string, string> Person(string fullName, JobRole role, Guid organisationId, Guid? version = null) => new()
    {
        ["PostStatus"] = "Filled",
        ["FullName"] = fullName,
        ["WorkEmail"] = string.Empty,
        ["JobRole"] = role.ToString(),
        ["OrganisationId"] = organisationId.ToString(),
        ["Fte"] = "1",
        ["StartDate.Day"] = string.Empty,
        ["StartDate.Month"] = string.Empty,
        ["StartDate.Year"] = string.Empty,
        ["EndDate.Day"] = string.Empty,
        ["EndDate.Month"] = string.Empty,
        ["EndDate.Year"] = string.Empty,
        ["Version"] = (version ?? Guid.Empty).ToString(),
    };

    public static Dictionary<string, string> Account(string email) => new() { ["Email"] = email };

    public static Dictionary<string, string> Organisation(string name, OrganisationKind kind, Guid? version = null) => new()
    {
        ["Name"] = name,
        ["Kind"] = kind.ToString(),
        ["Version"] = (version ?? Guid.Empty).ToString(),
    };

    /// <summary>The version a record has now, as an edit form opened now would carry it.</summary>
    public static Task<Guid> VersionOfAsync<T>(this AppFactory app, Guid id)
        where T : TrackedEntity =>
        app.WithDbAsync(db => db.Set<T>().Where(e => e.Id == id).Select(e => e.Version).SingleAsync());

    /// <summary>A name no other test uses.</summary>
    public static string Unique(string prefix) => $"{prefix} {Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>A unique work email address.</summary>
    public static string UniqueEmail() => $"person-{Guid.NewGuid().ToString("N")[..8]}@council.example";

    private static Dictionary<string, string> Date(Dictionary<string, string> form, string name, DateOnly date)
    {
        form[name + ".Day"] = date.Day.ToString(CultureInfo.InvariantCulture);
        form[name + ".Month"] = date.Month.ToString(CultureInfo.InvariantCulture);
        form[name + ".Year"] = date.Year.ToString(CultureInfo.InvariantCulture);
        return form;
    }
}
