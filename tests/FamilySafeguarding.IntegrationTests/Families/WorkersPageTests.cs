using System.Net;
using FamilySafeguarding.Domain.Families;
using FamilySafeguarding.Domain.People;
using FamilySafeguarding.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FamilySafeguarding.IntegrationTests.Families;

/// <summary>The family's workers page, allocating a worker and ending an allocation.</summary>
public sealed class WorkersPageTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task WorkersPage_ShowsCurrentAndPastAllocationsWithJobRoleEmployerAndAdults(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var family = await app.Data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId);
        var mother = await app.Data.AdultAsync(family, FamilyRole.Mother, "Grace Pemberton");
        var practitioner = await app.WorkerInTeamsAsync(JobRole.FamilyPractitioner, "Owen Marsh", world.TeamA1);
        var worker = await app.WithDbAsync(db => db.People.Where(p => p.Id == world.Specialist).Select(p => p.FullName!).SingleAsync());
        await app.Data.ChangeFamilyAsync(family, f =>
        {
            f.Allocate(new Worker(world.Specialist, JobRole.DomesticAbuseVictimPractitioner, worker), AllocationRole.DomesticAbuseVictimWorker, new DateOnly(2025, 2, 1), [mother], TestData.Today);
            var past = f.Allocate(new Worker(practitioner, JobRole.FamilyPractitioner, "Owen Marsh"), AllocationRole.FamilyPractitioner, new DateOnly(2025, 1, 1), [], TestData.Today);
            f.EndAllocation(past.Id, new DateOnly(2025, 6, 1), TestData.Today);
            return 0;
        });
        var client = await app.NewClient().SignInAsync(world.SocialWorker);

        var page = await client.GetHtmlAsync($"/families/{family}/workers");

        var tables = page.QuerySelectorAll("table");
        Assert.Equal(2, tables.Length);
        var current = tables[0].TextContent;
        Assert.Contains("Allocated now", current, StringComparison.Ordinal);
        Assert.Contains("Lead social worker", current, StringComparison.Ordinal);
        Assert.Contains(worker, current, StringComparison.Ordinal);
        Assert.Contains("Domestic abuse victim worker", current, StringComparison.Ordinal);
        Assert.Contains("Domestic Abuse Practitioner (victim-focused)", current, StringComparison.Ordinal);
        Assert.Contains("Grace Pemberton", current, StringComparison.Ordinal);
        var past = tables[1].TextContent;
        Assert.Contains("Owen Marsh", past, StringComparison.Ordinal);
        Assert.Contains("1 June 2025", past, StringComparison.Ordinal);
        Assert.DoesNotContain("Owen Marsh", current, StringComparison.Ordinal);

        // A social worker may read the page but not allocate.
        Assert.Null(page.QuerySelector($"a[href='/families/{family}/workers/new']"));
        var managerPage = await (await app.NewClient().SignInAsync(world.TeamManager)).GetHtmlAsync($"/families/{family}/workers");
        Assert.NotNull(managerPage.QuerySelector($"a[href='/families/{family}/workers/new']"));
        Assert.Single(managerPage.QuerySelectorAll("a[href$='/end']"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Allocate_NewLeadSocialWorker_EndsTheOldLeadThatDayAndSaysSo(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var family = await app.Data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId);
        var newLead = await app.WorkerInTeamsAsync(JobRole.SeniorSocialWorker, "Priya Natarajan", world.TeamA1);
        var client = await app.NewClient().SignInAsync(world.TeamManager);
        var start = app.AppToday().AddDays(-3);

        var response = await client.SubmitFieldsAsync($"/families/{family}/workers/new", [
            new("PersonId", newLead.ToString()), new("Role", nameof(AllocationRole.LeadSocialWorker)), .. WorkersScene.Date("StartDate", start)]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/families/{family}/workers", response.Headers.Location?.OriginalString);
        var allocations = await app.WithDbAsync(db => db.Allocations.AsNoTracking().Where(a => a.FamilyId == family).ToListAsync());
        var openLead = Assert.Single(allocations, a => a.Role == AllocationRole.LeadSocialWorker && a.EndDate == null);
        Assert.Equal(newLead, openLead.PersonId);
        Assert.Equal(start, openLead.StartDate);
        var oldLead = Assert.Single(allocations, a => a.PersonId == world.SocialWorker.PersonId);
        Assert.Equal(start, oldLead.EndDate);

        var page = await client.GetHtmlAsync($"/families/{family}/workers");
        var notice = page.QuerySelector(".govuk-notification-banner--success")!.TextContent;
        Assert.Contains("Priya Natarajan has been allocated as lead social worker", notice, StringComparison.Ordinal);
        Assert.Contains($"allocation as lead social worker ended on {start:d MMMM yyyy}", notice, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Allocate_WithAdults_SavesTheAdultsTheyWorkWith(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var family = await app.Data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId);
        var mother = await app.Data.AdultAsync(family, FamilyRole.Mother);
        var father = await app.Data.AdultAsync(family, FamilyRole.Father, gender: Gender.Male);
        // A mental health practitioner of another team in the same service: adult specialists are shared.
        var specialist = await app.WorkerInTeamsAsync(JobRole.MentalHealthPractitioner, "Nia Roberts", world.TeamA2);
        var client = await app.NewClient().SignInAsync(world.TeamManager);
        var form = await client.GetHtmlAsync($"/families/{family}/workers/new");
        Assert.Contains(form.QuerySelectorAll("#PersonId option"), o => o.GetAttribute("value") == specialist.ToString());

        var response = await client.SubmitFieldsAsync($"/families/{family}/workers/new", [
            new("PersonId", specialist.ToString()), new("Role", nameof(AllocationRole.MentalHealth)), .. WorkersScene.Date("StartDate", app.AppToday()),
            new("AdultIds", mother.ToString()), new("AdultIds", father.ToString())]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var adults = await app.WithDbAsync(db => db.Allocations.AsNoTracking().Where(a => a.FamilyId == family && a.PersonId == specialist).SelectMany(a => a.Adults.Select(x => x.MemberId)).ToListAsync());
        Assert.Equal(new[] { mother, father }.Order(), adults.Order());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task AllocateForm_OffersTheTeamAndTheServicesAdultSpecialistsOnly(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var family = await app.Data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId);
        var otherTeamsSocialWorker = await app.WorkerInTeamsAsync(JobRole.SocialWorker, "Tom Rigby", world.TeamA2);
        var otherServicesSpecialist = await app.WorkerInTeamsAsync(JobRole.SubstanceMisuseRecoveryWorker, "Ada Quinn", world.TeamB1);
        var coordinator = await app.WorkerInTeamsAsync(JobRole.TeamCoordinator, "Bea Lowe", world.TeamA1);
        var client = await app.NewClient().SignInAsync(world.TeamManager);

        var form = await client.GetHtmlAsync($"/families/{family}/workers/new");

        var offered = form.QuerySelectorAll("#PersonId option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Contains(world.SocialWorker.PersonId.ToString(), offered);
        Assert.Contains(world.Specialist.ToString(), offered);
        Assert.DoesNotContain(otherTeamsSocialWorker.ToString(), offered);
        Assert.DoesNotContain(otherServicesSpecialist.ToString(), offered);
        Assert.DoesNotContain(coordinator.ToString(), offered);
        Assert.Contains(form.QuerySelectorAll("#PersonId optgroup"), g => g.GetAttribute("label") == "Social Worker");

        // Posting someone not offered is refused beside the field, not saved.
        var response = await client.SubmitFieldsAsync($"/families/{family}/workers/new", [
            new("PersonId", otherServicesSpecialist.ToString()), new("Role", nameof(AllocationRole.SubstanceMisuse)), .. WorkersScene.Date("StartDate", app.AppToday())]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Select a worker from the list", (await response.HtmlAsync()).FieldErrors()["PersonId"]);
        Assert.Equal(1, await app.WithDbAsync(db => db.Allocations.CountAsync(a => a.FamilyId == family)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Allocate_ARoleThatDoesNotFitTheJobRole_IsRefusedBesideTheWorkerAndKeepsTheInput(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var family = await app.Data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId);
        var client = await app.NewClient().SignInAsync(world.TeamManager);
        var start = app.AppToday().AddDays(-1);

        var response = await client.SubmitFieldsAsync($"/families/{family}/workers/new", [
            new("PersonId", world.Specialist.ToString()), new("Role", nameof(AllocationRole.SocialWorker)), .. WorkersScene.Date("StartDate", start)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.HtmlAsync();
        Assert.Contains("cannot be the family's social worker", page.FieldErrors()["PersonId"], StringComparison.Ordinal);
        Assert.Equal(world.Specialist.ToString(), page.ValueOf("PersonId"));
        Assert.Equal(nameof(AllocationRole.SocialWorker), page.ValueOf("Role"));
        Assert.Equal(start.Day.ToString(System.Globalization.CultureInfo.InvariantCulture), page.ValueOf("StartDate.Day"));
        Assert.Equal(1, await app.WithDbAsync(db => db.Allocations.CountAsync(a => a.FamilyId == family)));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Allocate_WithNothingChosen_ShowsEachMessageBesideItsField(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var family = await app.Data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId);
        var client = await app.NewClient().SignInAsync(world.TeamManager);

        var response = await client.SubmitFieldsAsync($"/families/{family}/workers/new", [new("StartDate.Day", "31"), new("StartDate.Month", "2"), new("StartDate.Year", "2026")]);

        var page = await response.HtmlAsync();
        Assert.Equal("Select the worker", page.FieldErrors()["PersonId"]);
        Assert.Equal("Select the worker's role on the family", page.FieldErrors()["Role"]);
        Assert.Equal("The date the allocation starts must be a real date", page.FieldErrors()["StartDate"]);
        Assert.Equal("31", page.ValueOf("StartDate.Day"));
        Assert.Equal(["#PersonId", "#Role", "#StartDate"], page.ErrorSummary().Select(e => e.Href));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EndAllocation_OfASpecialist_EndsItOnTheDate(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var family = await app.Data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId);
        var allocation = await app.Data.AllocationAsync(family, world.Specialist, AllocationRole.DomesticAbuseVictimWorker);
        var client = await app.NewClient().SignInAsync(world.TeamManager);
        var end = app.AppToday().AddDays(-2);
        await client.GetHtmlAsync($"/families/{family}/workers/{allocation}/end");

        var response = await client.PostFieldsAsync($"/families/{family}/workers/{allocation}/end", WorkersScene.Date("EndDate", end));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(end, await app.WithDbAsync(db => db.Allocations.Where(a => a.Id == allocation).Select(a => a.EndDate).SingleAsync()));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task EndAllocation_OfTheLeadWhileOpen_IsRefusedBesideTheDateAndKeepsTheInput(string provider)
    {
        var (app, world) = await apps.GetAsync(provider);
        var family = await app.Data.FamilyAsync(world.TeamA1, world.SocialWorker.PersonId);
        var lead = await app.WithDbAsync(db => db.Allocations.Where(a => a.FamilyId == family).Select(a => a.Id).SingleAsync());
        var client = await app.NewClient().SignInAsync(world.TeamManager);

        var response = await client.PostFieldsAsync($"/families/{family}/workers/{lead}/end", [new("EndDate.Day", "12"), new("EndDate.Month", "11"), new("EndDate.Year", "2026")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.HtmlAsync();
        Assert.Equal(
            "An open family must always have a lead social worker. Allocate the new lead social worker instead: that ends this allocation",
            page.FieldErrors()["EndDate"]);
        Assert.Equal("12", page.ValueOf("EndDate.Day"));
        Assert.Equal("11", page.ValueOf("EndDate.Month"));
        Assert.Null(await app.WithDbAsync(db => db.Allocations.Where(a => a.Id == lead).Select(a => a.EndDate).SingleAsync()));
    }
}
