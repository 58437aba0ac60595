using System.Globalization;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FamilySafeguarding.IntegrationTests.Families;

/// <summary>Set-up and form posts shared by the tests of the workers, events and chronology pages.</summary>
internal static class WorkersScene
{
    /// <summary>The app's own today (its test clock), which the pages judge dates against.</summary>
    public static DateOnly AppToday(this AppFactory app) => DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);

    /// <summary>A person in the role, in post, a current member of the team, with a sign-in account.</summary>
    public static async Task<TestUser> UserInTeamAsync(this AppFactory app, JobRole role, Guid teamId, string? name = null)
    {
        var user = await app.Data.UserInRoleAsync(role, name: name);
        await app.Data.MembershipAsync(user.PersonId, teamId);
        return user;
    }

    /// <summary>A person in post (no account) who is a current member of each team.</summary>
    public static async Task<Guid> WorkerInTeamsAsync(this AppFactory app, JobRole role, string name, params Guid[] teamIds)
    {
        var person = await app.Data.PersonAsync(role, name: name);
        foreach (var team in teamIds)
        {
            await app.Data.MembershipAsync(person, team);
        }

        return person;
    }

    /// <summary>A date as the GOV.UK date input posts it.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Date(string field, DateOnly date) =>
    [
        new($"{field}.Day", date.Day.ToString(CultureInfo.InvariantCulture)),
        new($"{field}.Month", date.Month.ToString(CultureInfo.InvariantCulture)),
        new($"{field}.Year", date.Year.ToString(CultureInfo.InvariantCulture)),
    ];

    /// <summary>Posts fields that may repeat a name (checkboxes), with a real antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostFieldsAsync(this HttpClient client, string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = await client.AntiforgeryTokenAsync("/");
        return await client.PostAsync(url, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token))));
    }

    /// <summary>Sends fields that may repeat a name from the form's own page, as a browser does: with its token and form key.</summary>
    public static async Task<HttpResponseMessage> SubmitFieldsAsync(this HttpClient client, string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        return await client.PostAsync(url, (await client.FormTokensAsync(url, url)).With(fields));
    }

    public static Task<int> AuditCountAsync(this AppFactory app) => app.WithDbAsync(db => db.AuditEntries.CountAsync());
}
