using System.Net;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.Infrastructure.DemoData;
using FamilySafeguarding.IntegrationTests.Infrastructure;
using FamilySafeguarding.Web.Infrastructure.Startup;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;

namespace FamilySafeguarding.IntegrationTests.Platform;

/// <summary>The demo data the README's run command loads: shaped like the council reports, with a sign-in per kind of user.</summary>
public sealed class DemoDataTests
{
    [Fact]
    public async Task Seed_OnAnEmptyDatabase_BuildsTeamsShapedLikeTheCouncilReports()
    {
        await using var app = await AppFactory.StartAsync(TestDatabase.Sqlite);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            Assert.True(await ActivatorUtilities.CreateInstance<DemoDataSeeder>(scope.ServiceProvider).SeedIfEmptyAsync(CancellationToken.None));
            Assert.False(await ActivatorUtilities.CreateInstance<DemoDataSeeder>(scope.ServiceProvider).SeedIfEmptyAsync(CancellationToken.None));
        }

        var (teams, people, vacancies, shared, partnerAgencies, accounts) = await app.WithDbAsync(async db => (
            await db.Teams.CountAsync(),
            await db.People.CountAsync(),
            await db.People.CountAsync(p => p.FullName == null),
            await db.TeamMemberships.GroupBy(m => m.PersonId).CountAsync(g => g.Count() == 2),
            await db.Organisations.CountAsync(o => o.Kind != Domain.Organisations.OrganisationKind.Council),
            await db.Users.CountAsync()));
        Assert.True(teams >= 3, $"{teams} teams");
        Assert.InRange(people, 35, 50);
        Assert.InRange(vacancies, 2, 6);
        Assert.True(shared >= 2, $"{shared} people in two teams");
        Assert.True(partnerAgencies >= 3, $"{partnerAgencies} partner agencies");

        var roles = await app.WithDbAsync(db => db.Users.Join(db.People, u => u.PersonId, p => p.Id, (u, p) => p.JobRole).Distinct().ToListAsync());
        Assert.Contains(JobRole.Administrator, roles);
        Assert.Contains(JobRole.ServiceManager, roles);
        Assert.Contains(JobRole.TeamManager, roles);
        Assert.Contains(JobRole.SocialWorker, roles);
        Assert.Contains(roles, r => r.IsAdultSpecialist());
        Assert.True(accounts >= 8);

        var client = await app.NewClient().SignInAsync(new TestUser(Guid.Empty, Guid.Empty, "priya.natarajan@riverford.example", DemoDataSeeder.DemoPassword));
        var page = await client.GetHtmlAsync("/teams");
        Assert.Contains("Riverside Team", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Startup_AskedToSeedInProduction_RefusesToStart()
    {
        await using var app = await AppFactory.StartAsync(TestDatabase.Sqlite);
        var production = new StubEnvironment("Production");

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => DatabaseStartup.InitialiseAsync(app.Services, production, [DatabaseStartup.SeedDemoSwitch]));

        Assert.Contains("never loaded in Production", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.People.CountAsync()));
    }

    [Fact]
    public async Task Startup_WithTheSeedSwitchOutsideProduction_LoadsTheDemoData()
    {
        await using var app = await AppFactory.StartAsync(TestDatabase.Sqlite);

        await DatabaseStartup.InitialiseAsync(app.Services, new StubEnvironment("Staging"), [DatabaseStartup.SeedDemoSwitch]);

        Assert.True(await app.WithDbAsync(db => db.Teams.CountAsync()) >= 3);
        Assert.Equal(HttpStatusCode.OK, (await app.NewClient().GetAsync("/sign-in")).StatusCode);
    }

    private sealed class StubEnvironment(string name) : IWebHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "FamilySafeguarding.Web";

        public string WebRootPath { get; set; } = string.Empty;

        public IFileProvider WebRootFileProvider { get; set; } = new NullFileProvider();

        public string ContentRootPath { get; set; } = string.Empty;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
