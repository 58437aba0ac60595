using System.Diagnostics;
using System.Net;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.IntegrationTests.Infrastructure;
using static FamilySafeguarding.IntegrationTests.SignIn.SignInSteps;

namespace FamilySafeguarding.IntegrationTests.SignIn;

/// <summary>
/// Five wrong passwords in a row lock an account for 15 minutes (OWASP ASVS 5.0 6.3.1, NCSC: 5–10 attempts), and a
/// failed sign-in never tells whether the email address has an account (6.3.8).
/// </summary>
public sealed class LockoutTests(Apps apps) : IClassFixture<Apps>
{
    private const string Locked = "Your account is locked";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task FifthWrongPassword_LocksTheAccount_AndEvenTheRightPasswordIsRefusedFor15Minutes(string provider)
    {
        await using var app = await AppFactory.StartAsync(provider); // moves the clock
        var user = await app.Data.UserInRoleAsync(JobRole.SocialWorker);
        var client = app.NewClient();

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            await AssertWrongDetailsAsync(await client.TryToSignInAsync(user.Email, $"not my password {attempt}"));
        }

        // Identity counts the failure, then checks the lockout: the fifth failure is the one that locks.
        var fifth = await client.TryToSignInAsync(user.Email, "not my password 5");
        Assert.Equal(HttpStatusCode.OK, fifth.StatusCode);
        Assert.Equal(Locked, await fifth.HeadingAsync());

        Assert.Equal(Locked, await (await client.TryToSignInAsync(user.Email, user.Password)).HeadingAsync());
        app.Clock.Advance(TimeSpan.FromMinutes(14));
        Assert.Equal(Locked, await (await client.TryToSignInAsync(user.Email, user.Password)).HeadingAsync());

        app.Clock.Advance(TimeSpan.FromMinutes(2));
        AssertRedirect(await client.TryToSignInAsync(user.Email, user.Password), "/");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/teams")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task UnknownEmailAndWrongPassword_GiveTheSameMessage(string provider)
    {
        var (app, _) = await apps.GetAsync(provider);
        var user = await app.Data.UserInRoleAsync(JobRole.SocialWorker);
        var client = app.NewClient();

        var unknown = await client.TryToSignInAsync("nobody-" + Guid.NewGuid().ToString("N")[..8] + "@council.example", user.Password);
        var wrong = await client.TryToSignInAsync(user.Email, "not my password at all");

        await AssertWrongDetailsAsync(unknown);
        await AssertWrongDetailsAsync(wrong);
        Assert.Null(unknown.Headers.Location);
        Assert.Null(wrong.Headers.Location);
    }

    /// <summary>
    /// The time a failed sign-in takes must not tell either: checking a real account's password costs a PBKDF2 hash
    /// (240,000 iterations), so an unknown address must cost one too. Attempts are interleaved and the fastest of each kind
    /// compared, so load on the machine slows both alike.
    /// </summary>
    [Fact]
    public async Task UnknownEmail_TakesAsLongToRefuseAsAWrongPassword()
    {
        var (app, _) = await apps.GetAsync(TestDatabase.Sqlite);
        var user = await app.Data.UserInRoleAsync(JobRole.SocialWorker);
        var client = app.NewClient();
        await client.AntiforgeryTokenAsync("/sign-in"); // the first request warms up the page

        var unknown = new List<TimeSpan>();
        var wrong = new List<TimeSpan>();
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            var token = await client.AntiforgeryTokenAsync("/sign-in");
            unknown.Add(await TimeAsync(client, token, $"nobody-{attempt}@council.example", user.Password));
            token = await client.AntiforgeryTokenAsync("/sign-in");
            wrong.Add(await TimeAsync(client, token, user.Email, $"not my password {attempt}"));
        }

        Assert.True(
            unknown.Min() >= wrong.Min() / 2,
            $"An unknown address was refused in {unknown.Min().TotalMilliseconds:0} ms, a wrong password in {wrong.Min().TotalMilliseconds:0} ms");
    }

    private static async Task<TimeSpan> TimeAsync(HttpClient client, string token, string email, string password)
    {
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = password,
            ["__RequestVerificationToken"] = token,
        });
        var started = Stopwatch.GetTimestamp();
        var response = await client.PostAsync("/sign-in", content);
        var elapsed = Stopwatch.GetElapsedTime(started);
        await AssertWrongDetailsAsync(response);
        return elapsed;
    }
}
