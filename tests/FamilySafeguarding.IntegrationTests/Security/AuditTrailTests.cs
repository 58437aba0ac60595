using System.Net;
using FamilySafeguarding.Domain.Auditing;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.Domain.Teams;
using FamilySafeguarding.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static FamilySafeguarding.IntegrationTests.Security.ValidForms;

namespace FamilySafeguarding.IntegrationTests.Security;

/// <summary>
/// The audit log says who did what to which record, under which request: ids and property names, never what was typed,
/// and never the email address someone signed in (or tried to sign in) with.
/// </summary>
public sealed class AuditTrailTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AddMemberAndEditTeam_AsAdministrator_AreAuditedByIdAndPropertyNameWithoutValues(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var teamId = await app.Data.TeamAsync(world.ServiceA, Unique("Team"), "Town Hall");
        var personId = await app.Data.PersonAsync(JobRole.SocialWorker, world.Council);
        var administrator = await app.SignedInAsync(world.Administrator);
        var earlier = await AuditIdsAsync(app);
        var newName = Unique("Renamed team");
        var newLocality = Unique("Quayside");

        await (await administrator.SubmitAsync($"/teams/{teamId}/members/new", AddMember(personId, EarlierThisMonth))).AssertRedirectAsync($"/teams/{teamId}");
        await (await administrator.PostFormAsync($"/teams/{teamId}/edit", Team(newName, newLocality, await app.VersionOfAsync<Team>(teamId)))).AssertRedirectAsync($"/teams/{teamId}");

        var membershipId = await app.WithDbAsync(db => db.TeamMemberships.Where(m => m.PersonId == personId && m.TeamId == teamId).Select(m => m.Id).SingleAsync());
        var entries = (await NewEntriesAsync(app, earlier)).ToList();

        var joined = Assert.Single(entries, e => e.EntityType == "TeamMembership");
        Assert.Equal(("Created", membershipId, world.Administrator.UserId), (joined.Action, joined.EntityId, joined.UserId));
        Assert.False(string.IsNullOrWhiteSpace(joined.CorrelationId));

        // The membership renews its person's version, recorded under the same request.
        var personTouched = Assert.Single(entries, e => e.EntityType == "Person");
        Assert.Equal(("Updated", personId, world.Administrator.UserId, joined.CorrelationId), (personTouched.Action, personTouched.EntityId, personTouched.UserId, personTouched.CorrelationId));

        var edited = Assert.Single(entries, e => e.EntityType == "Team");
        Assert.Equal(("Updated", teamId, world.Administrator.UserId), (edited.Action, edited.EntityId, edited.UserId));
        Assert.False(string.IsNullOrWhiteSpace(edited.CorrelationId));
        Assert.NotEqual(joined.CorrelationId, edited.CorrelationId);
        Assert.StartsWith("Changed: ", edited.Detail, StringComparison.Ordinal);
        var changed = edited.Detail!["Changed: ".Length..].Split(", ");
        Assert.Contains("Name", changed);
        Assert.Contains("Locality", changed);
        Assert.All(changed, property => Assert.NotNull(typeof(Team).GetProperty(property)));

        var everything = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().ToListAsync());
        Assert.DoesNotContain(everything, e => Mentions(e, newName) || Mentions(e, newLocality));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task SignIn_SuccessAndFailure_AreAuditedWithoutTheEmailAddress(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var user = await app.Data.UserAsync(await app.Data.PersonAsync(JobRole.SocialWorker, world.Council));
        var unknownEmail = $"nobody-{Guid.NewGuid().ToString("N")[..8]}@council.example";
        var earlier = await AuditIdsAsync(app);
        var client = app.NewClient();

        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(client, user.Email, "not the password at all")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(client, unknownEmail, user.Password)).StatusCode);
        await client.SignInAsync(user);

        var entries = (await NewEntriesAsync(app, earlier)).ToList();
        Assert.Equal(3, entries.Count);
        var wrongPassword = Assert.Single(entries, e => e.Action == "SignInFailed" && e.EntityId == user.UserId);
        Assert.Equal(("AppUser", user.UserId), (wrongPassword.EntityType, wrongPassword.UserId));
        var unknown = Assert.Single(entries, e => e.Action == "SignInFailed" && e.EntityId is null);
        Assert.Null(unknown.UserId);
        var signedIn = Assert.Single(entries, e => e.Action == "SignedIn");
        Assert.Equal(("AppUser", user.UserId, user.UserId), (signedIn.EntityType, signedIn.EntityId, signedIn.UserId));
        Assert.All(entries, e => Assert.False(string.IsNullOrWhiteSpace(e.CorrelationId)));

        foreach (var email in new[] { user.Email, unknownEmail })
        {
            Assert.DoesNotContain(entries, e => Mentions(e, email) || Mentions(e, email.Split('@')[0]));
        }
    }

    private static Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password) =>
        client.PostFormAsync("/sign-in", new() { ["Email"] = email, ["Password"] = password }, tokenFrom: "/sign-in");

    private static async Task<HashSet<Guid>> AuditIdsAsync(AppFactory app) =>
        (await app.WithDbAsync(db => db.AuditEntries.Select(e => e.Id).ToListAsync())).ToHashSet();

    private static Task<List<AuditEntry>> NewEntriesAsync(AppFactory app, HashSet<Guid> earlier) =>
        app.WithDbAsync(async db => (await db.AuditEntries.AsNoTracking().ToListAsync()).Where(e => !earlier.Contains(e.Id)).ToList());

    /// <summary>Whether any text of the entry contains the value, ignoring case.</summary>
    private static bool Mentions(AuditEntry entry, string value) =>
        new[] { entry.Action, entry.EntityType, entry.Detail, entry.CorrelationId }
            .Any(text => text?.Contains(value, StringComparison.OrdinalIgnoreCase) == true);
}
