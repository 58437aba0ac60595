using FamilySafeguarding.Application.Supervisions;
using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.Domain.Supervisions;
using FamilySafeguarding.Domain.Workbook;
using FamilySafeguarding.IntegrationTests.Families;
using FamilySafeguarding.IntegrationTests.Infrastructure;
using FamilySafeguarding.IntegrationTests.Workbooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FamilySafeguarding.IntegrationTests.Supervisions;

/// <summary>A family held by a team of its own with its managers, coordinator and workers, for the supervision pages' tests.</summary>
internal sealed record SupervisionFamily(Guid Id, Guid TeamId, Guid Child, Guid Mother, TestUser TeamManager, TestUser AssistantManager, TestUser Coordinator, TestUser Lead, TestUser Specialist);

internal static class SupervisionScene
{
    /// <summary>
    /// A family in a new team of service A: a team manager, an assistant team manager and a team coordinator in the team;
    /// a lead social worker and a domestic abuse specialist allocated; a child and a mother.
    /// </summary>
    public static async Task<SupervisionFamily> SupervisionFamilyAsync(this AppFactory app, World world)
    {
        var team = await app.Data.TeamAsync(world.ServiceA);
        var manager = await app.UserInTeamAsync(JobRole.TeamManager, team, "Tara Manager");
        var assistant = await app.UserInTeamAsync(JobRole.AssistantTeamManager, team, "Asha Assistant");
        var coordinator = await app.UserInTeamAsync(JobRole.TeamCoordinator, team, "Cole Coordinator");
        var lead = await app.UserInTeamAsync(JobRole.SocialWorker, team, "Sam Social");
        var family = await app.Data.FamilyAsync(team, lead.PersonId);
        var child = await app.Data.ChildAsync(family, "Lily Pemberton");
        var mother = await app.Data.AdultAsync(family, FamilyRole.Mother, "Grace Pemberton");
        var specialist = await app.UserInTeamAsync(JobRole.DomesticAbuseVictimPractitioner, team, "Rashida Khan");
        await app.Data.ChangeFamilyAsync(family, f => f.Allocate(
            new Worker(specialist.PersonId, JobRole.DomesticAbuseVictimPractitioner, "Rashida Khan"), AllocationRole.DomesticAbuseVictimWorker, TestData.LongAgo, [mother], TestData.Today).Id);
        return new SupervisionFamily(family, team, child, mother, manager, assistant, coordinator, lead, specialist);
    }

    /// <summary>A summary submitted at a moment, through the domain.</summary>
    public static Task<Guid> SubmittedSummaryAsync(this AppFactory app, Guid familyId, Guid authorId, DateOnly month, DateTime submittedAt, string changed = "Mum has started the Freedom Programme.", IReadOnlyCollection<SummaryPersonContent>? people = null) =>
        app.WithDbAsync(async db =>
        {
            var summary = MonthlySummary.Start(familyId, authorId, month, app.AppToday());
            summary.Submit(authorId, WorkbookScene.Content("Visits.") with { WhatHasChanged = changed, People = people ?? [] }, submittedAt);
            db.MonthlySummaries.Add(summary);
            await db.SaveChangesAsync();
            return summary.Id;
        });

    /// <summary>A significant event that happened on a day and was recorded at a moment (the app's clock is moved for it and put back).</summary>
    public static async Task<Guid> EventRecordedAtAsync(this AppFactory app, Guid familyId, Guid recordedBy, DateOnly occurredOn, DateTime recordedAt)
    {
        var clock = app.Clock.GetUtcNow();
        app.Clock.Set(new DateTimeOffset(recordedAt, TimeSpan.Zero));
        try
        {
            return await app.Data.EventAsync(familyId, recordedBy, occurredOn);
        }
        finally
        {
            app.Clock.Set(clock);
        }
    }

    public static Task<Guid> VersionAsync(this AppFactory app, Guid supervisionId) =>
        app.WithDbAsync(db => db.Supervisions.Where(s => s.Id == supervisionId).Select(s => s.Version).SingleAsync());

    public static string Path(Guid familyId, Guid supervisionId) => $"/families/{familyId}/supervisions/{supervisionId}";

    /// <summary>The record form as a browser posts it: the lead attended, the decision, and the actions given (what, owner, due).</summary>
    public static Dictionary<string, string> RecordFields(SupervisionFamily family, Guid version, string action, DateOnly heldOn, string worries = "Dad's drinking at weekends.", IReadOnlyList<(string What, Guid Owner, DateOnly Due)>? actions = null, DateOnly? next = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["Version"] = version.ToString(),
            ["action"] = action,
            ["Attendees[0].PersonId"] = family.Lead.PersonId.ToString(),
            ["Attendees[0].Attendance"] = "Attended",
            ["Attendees[1].PersonId"] = family.Specialist.PersonId.ToString(),
            ["Attendees[1].Attendance"] = "SentApologies",
            ["Attendees[2].Name"] = "Hana Visitor",
            ["Attendees[2].Role"] = "Health visitor",
            ["Attendees[2].Attendance"] = "Attended",
            ["Updates[0].ChapterPersonId"] = family.Lead.PersonId.ToString(),
            ["Updates[0].Text"] = "Two home visits; school reports better attendance.",
            ["Worries"] = worries,
            ["WorkingWell"] = "Mum is engaging with the Freedom Programme.",
            ["Children[0].MemberId"] = family.Child.ToString(),
            ["Children[0].Meaning"] = "Lily is safer at home.",
            ["Adults[0].MemberId"] = family.Mother.ToString(),
            ["Adults[0].Stage"] = nameof(StageOfChange.Action),
            ["Decision"] = nameof(SupervisionDecision.ContinuePlan),
            ["DecisionRationale"] = "The plan is working.",
        };
        foreach (var (key, value) in WorkersScene.Date("HeldOn", heldOn))
        {
            fields[key] = value;
        }

        var list = actions ?? [];
        for (var i = 0; i < list.Count; i++)
        {
            fields[$"Actions[{i}].What"] = list[i].What;
            fields[$"Actions[{i}].OwnerPersonId"] = list[i].Owner.ToString();
            foreach (var (key, value) in WorkersScene.Date($"Actions[{i}].DueOn", list[i].Due))
            {
                fields[key] = value;
            }
        }

        if (next is { } n)
        {
            foreach (var (key, value) in WorkersScene.Date("NextSupervisionOn", n))
            {
                fields[key] = value;
            }
        }

        return fields;
    }

    public static DateTime At(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, DateTimeKind.Utc);

    /// <summary>The pack as the app's queries assemble it.</summary>
    public static async Task<SupervisionPack> PackAsync(this AppFactory app, Guid familyId, Guid supervisionId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SupervisionQueries>().PackAsync(familyId, supervisionId, CancellationToken.None);
    }
}
