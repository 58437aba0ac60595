using FamilySafeguarding.Application.Access;
using FamilySafeguarding.Application.Account;
using FamilySafeguarding.Application.Auditing;
using FamilySafeguarding.Application.Organisations;
using FamilySafeguarding.Application.People;
using FamilySafeguarding.Application.Security;
using FamilySafeguarding.Application.Teams;
using Microsoft.Extensions.DependencyInjection;

namespace FamilySafeguarding.Application;

public static class DependencyInjection
{
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<ManagementRights>();
        services.AddScoped<AuditLog>();
        services.AddScoped<AccountService>();
        services.AddScoped<UserSessions>();
        services.AddScoped<OrganisationService>();
        services.AddScoped<OrganisationQueries>();
        services.AddScoped<PeopleService>();
        services.AddScoped<PeopleQueries>();
        services.AddScoped<TeamService>();
        services.AddScoped<TeamQueries>();
        services.AddScoped<Access.FamilyAccess>();
        services.AddScoped<Families.FamilyHeaders>();
        services.AddScoped<Families.FamilyService>();
        services.AddScoped<FamilyMembers.MemberService>();
        services.AddScoped<FamilyMembers.MemberQueries>();
        services.AddScoped<Families.FamilyQueries>();
        services.AddScoped<Families.Caseloads>();
        services.AddScoped<Allocations.AllocationCandidates>();
        services.AddScoped<Allocations.AllocationQueries>();
        services.AddScoped<Allocations.AllocationService>();
        services.AddScoped<Events.EventQueries>();
        services.AddScoped<Events.EventService>();
        services.AddScoped<Chronology.ChronologyQueries>();
        services.AddScoped<Workbook.WorkbookService>();
        services.AddScoped<Workbook.DueSummaries>();
        services.AddScoped<Workbook.WorkbookQueries>();
        services.AddScoped<Search.SearchQueries>();
        services.AddScoped<SupervisionSchedule.SupervisionScheduleService>();
        services.AddScoped<SupervisionSchedule.SupervisionListQueries>();
        services.AddScoped<Supervisions.SupervisionMeasures>();
        services.AddScoped<Actions.ActionService>();
        services.AddScoped<Actions.ActionQueries>();
        services.AddScoped<Supervisions.SupervisionService>();
        services.AddScoped<Supervisions.SupervisionQueries>();
        services.AddScoped<Forms.FormSubmissions>();
        services.AddScoped<Home.HomeQueries>();
        return services;
    }
}
