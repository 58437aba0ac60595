using FamilySafeguarding.Application.Search;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FamilySafeguarding.Infrastructure.Search;

/// <summary>Readiness: Degraded where the database cannot search (the rest of the service works), else Healthy. Runs no query.</summary>
internal sealed class SearchHealthCheck(SearchAvailability availability) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(availability.IsAvailable
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Degraded("Full-text search is not available on this database"));
}
