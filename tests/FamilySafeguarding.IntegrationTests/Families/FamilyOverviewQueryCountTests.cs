using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Domain.Workbook;
using FamilySafeguarding.Infrastructure.Persistence;
using FamilySafeguarding.IntegrationTests.Infrastructure;
using FamilySafeguarding.IntegrationTests.Security;
using Microsoft.Extensions.DependencyInjection;

namespace FamilySafeguarding.IntegrationTests.Families;

/// <summary>
/// The family overview issues the same number of SQL commands for a small family with a short history as for a large one
/// with a long history: it loads each list in one query and groups in memory (acceptance point of issue 3). The long
/// history includes two years of monthly summaries in two chapters, with addenda, for the workbook panel. This class
/// has an app of its own, so no other test's requests are counted.
/// </summary>
public sealed class FamilyOverviewQueryCountTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Overview_ForAFamilyWith500EventsAnd12MembersAndTwoYearsOfSummaries_IssuesAsManyCommandsAsFor5EventsAnd3Members(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var small = await FamilyAsync(app, world, children: 2, adults: 1, events: 5, summaryMonths: 1);
        var large = await FamilyAsync(app, world, children: 7, adults: 5, events: 500, summaryMonths: 24);
        var client = await app.SignedInAsync(world.SocialWorker);
        await client.GetHtmlAsync($"/families/{small}"); // warm up: compiled queries, views, the session's security stamp check

        var smallCount = await CountAsync(app, client, small);
        var largeCount = await CountAsync(app, client, large);

        Assert.Equal(smallCount, largeCount);
        Assert.InRange(largeCount, 1, 20);
    }

    private static async Task<int> CountAsync(AppFactory app, HttpClient client, Guid familyId)
    {
        app.Commands.Reset();
        var page = await client.GetHtmlAsync($"/families/{familyId}");
        var count = app.Commands.Count;
        Assert.NotNull(page.QuerySelector("figure svg"));
        Assert.NotEmpty(page.QuerySelectorAll("tr[data-chapter]"));
        return count;
    }

    private static async Task<Guid> FamilyAsync(AppFactory app, World world, int children, int adults, int events, int summaryMonths)
    {
        var data = app.Data;
        var familyId = await data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId);
        var members = new List<Guid>();
        for (var i = 0; i < adults; i++)
        {
            var adult = await data.AdultAsync(familyId, i % 2 == 0 ? FamilyRole.Mother : FamilyRole.Father, gender: i % 2 == 0 ? Gender.Female : Gender.Male);
            await data.ChangeFamilyAsync(familyId, f => f.AddWorry(adult, WorryKind.MentalHealth, new DateOnly(2025, 1, 1), TestData.Today));
            members.Add(adult);
        }

        for (var i = 0; i < children; i++)
        {
            var child = await data.ChildAsync(familyId);
            await data.LegalStatusAsync(familyId, child, i % 2 == 0 ? LegalStatusKind.ChildProtectionPlan : LegalStatusKind.ChildInNeedPlan, new DateOnly(2026, 1, 5));
            await data.ChangeFamilyAsync(familyId, f => f.Relate(members[0], child, RelationshipKind.ParentOf, true, null));
            members.Add(child);
        }

        await data.AllocationAsync(familyId, world.Specialist, AllocationRole.DomesticAbuseVictimWorker);

        // Many events in one save, for speed.
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        for (var i = 0; i < events; i++)
        {
            var details = new EventDetails
            {
                OccurredOn = new DateOnly(2025, 1, 1).AddDays(i % 600),
                Kind = SignificantEventKind.VisitChildSeen,
                Account = $"Visit {i}: the children were seen at home and spoke about school.",
                MemberIds = [members[i % members.Count]],
            };
            db.SignificantEvents.Add(new SignificantEvent(familyId, world.SocialWorker.PersonId, details, TestData.Today));
        }

        // Monthly summaries in both chapters, each with an addendum, ending last month.
        var lastMonth = MonthlySummary.MonthOf(app.AppToday()).AddMonths(-1);
        foreach (var author in new[] { world.SocialWorker.PersonId, world.Specialist })
        {
            for (var i = 0; i < summaryMonths; i++)
            {
                var month = lastMonth.AddMonths(-i);
                var summary = MonthlySummary.Start(familyId, author, month, month);
                summary.Submit(author, new SummaryContent { WorkUndertaken = $"Month {i}: visits and sessions.", WhatHasChanged = "Calmer at home.", NextSteps = "Review.", People = [new SummaryPersonContent { MemberId = members[i % members.Count], Impact = "Settled." }] }, month.AddMonths(1).ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc));
                db.MonthlySummaries.Add(summary);
                db.SummaryNotes.Add(SummaryNote.Addendum(summary, author, false, "Addendum.", month.AddMonths(1).ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc)));
            }
        }

        await db.SaveChangesAsync();
        return familyId;
    }
}
